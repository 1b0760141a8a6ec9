import lib.circular_b
value_a = 1
