from .patch import patch


__all__ = ['patch']
