# expandtabs: columns restart after '\n' and '\r', and a non-positive tab size drops the tabs.
s = 'a\tbc\tdef\tghij\t|'
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=2)))
print(repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr('ab\ncd\tx\rz\ty'.expandtabs(4)), repr('\t\t'.expandtabs(3)), repr(''.expandtabs()))
print(repr('😀\tx'.expandtabs(4)), repr('é\tx'.expandtabs(4)), repr('a\x0b\tb'.expandtabs(4)))
print(repr('12345678\tx'.expandtabs()), repr('1234567\tx'.expandtabs()), repr('x\t'.expandtabs(True)))
