from .async_recorder import AsyncAWSXRayRecorder
from .patcher import patch, patch_all
from .recorder import AWSXRayRecorder

xray_recorder = AsyncAWSXRayRecorder()

__all__ = [
    'patch',
    'patch_all',
    'xray_recorder',
    'AWSXRayRecorder',
]
