# sys's information records and constants: float_info, int_info, hash_info (struct sequences that
# are tuples with named fields), maxunicode, hexversion and the encodings.
import sys

print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.float_info.epsilon == 2.0 ** -52, sys.float_info.min * sys.float_info.epsilon, 1.0 + sys.float_info.epsilon > 1.0)
print(sys.int_info, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(2 ** 61 - 1), hash(float("inf")) == sys.hash_info.inf, sys.hash_info.width)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", hex(sys.hexversion)[:6], sys.hexversion >> 24 == sys.version_info.major)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style, type(sys.executable).__name__)
print("sys" in sys.builtin_module_names, sys.intern("abc") == "abc", isinstance(sys.float_info, tuple), sys.version_info[:2] >= (3, 8))
max_, *rest = sys.float_info
print(max_, len(rest))
try:
    sys.intern(5)
except TypeError as error:
    print(error)
