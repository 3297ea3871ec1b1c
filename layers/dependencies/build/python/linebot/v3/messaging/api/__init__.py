# flake8: noqa

# import apis into api package
from linebot.v3.messaging.api.messaging_api import MessagingApi
from linebot.v3.messaging.api.messaging_api_blob import MessagingApiBlob


# Async version
from linebot.v3.messaging.api.async_messaging_api import AsyncMessagingApi
from linebot.v3.messaging.api.async_messaging_api_blob import AsyncMessagingApiBlob

