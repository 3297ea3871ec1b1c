# flake8: noqa

# import apis into api package
from linebot.v3.oauth.api.channel_access_token import ChannelAccessToken


# Async version
from linebot.v3.oauth.api.async_channel_access_token import AsyncChannelAccessToken

