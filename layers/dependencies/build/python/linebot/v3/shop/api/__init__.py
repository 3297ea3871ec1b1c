# flake8: noqa

# import apis into api package
from linebot.v3.shop.api.shop import Shop


# Async version
from linebot.v3.shop.api.async_shop import AsyncShop

