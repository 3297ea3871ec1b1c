from .patch import patch, unpatch, add_ignored, reset_ignored

__all__ = ['patch', 'unpatch', 'add_ignored', 'reset_ignored']
