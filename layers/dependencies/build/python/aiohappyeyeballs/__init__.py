__version__ = "2.7.1"

from .impl import start_connection
from .types import AddrInfoType, SocketFactoryType
from .utils import addr_to_addr_infos, pop_addr_infos_interleave, remove_addr_infos

__all__ = (
    "AddrInfoType",
    "SocketFactoryType",
    "addr_to_addr_infos",
    "pop_addr_infos_interleave",
    "remove_addr_infos",
    "start_connection",
)
