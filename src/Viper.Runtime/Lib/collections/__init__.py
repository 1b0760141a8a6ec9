"""Container datatypes, written for Viper: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap."""

from collections._chain_map import ChainMap
from collections._counter import Counter
from collections._defaultdict import defaultdict
from collections._deque import deque
from collections._namedtuple import namedtuple
from collections._ordered_dict import OrderedDict

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]
