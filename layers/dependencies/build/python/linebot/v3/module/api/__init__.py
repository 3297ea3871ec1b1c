# flake8: noqa

# import apis into api package
from linebot.v3.module.api.line_module import LineModule


# Async version
from linebot.v3.module.api.async_line_module import AsyncLineModule

