# A future import after another statement is a syntax error.
x = 1
from __future__ import annotations
