# flake8: noqa

# import apis into api package
from linebot.v3.audience.api.manage_audience import ManageAudience
from linebot.v3.audience.api.manage_audience_blob import ManageAudienceBlob


# Async version
from linebot.v3.audience.api.async_manage_audience import AsyncManageAudience
from linebot.v3.audience.api.async_manage_audience_blob import AsyncManageAudienceBlob

