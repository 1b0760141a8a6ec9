# Future imports inside a function are too late.
def f():
    from __future__ import annotations
