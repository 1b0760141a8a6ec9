from lib.circular_a import value_a
