x = 42
name = "Viper"
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", 1: "one"}
print(f"plain")
print(f"{x}")
print(f"{x!r} {name!r} {name!s} {'é'!a}")
print(f"{x:>8}|{x:<8}|{x:^8}|{x:08}|{x:+}|{x:x}|{x:#b}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:g} {pi:%}")
width = 12
prec = 4
print(f"{pi:{width}.{prec}f}|")
print(f"{pi:>{width}}|")
print(f"{name:*^{width}}")
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>6}")
print(f"{name=!s}")
print(f"{pi=:.3f}")
print(f"{items[1]} {d['k']} {d[1]} {len(items)}")
print(f"{x + 1} {x * 2:05d} {x // 5} {x % 5}")
print(f"{'nested ' + name}")
print(f"{{literal}} {{{x}}}")
print(f"{name.upper()} {name.lower()!r}")
print(f"{1 if x else 0}")
print(f"{items}")
print(f"{d}")
print(f"{None} {True} {False:d}")
print(f'''{x}
{name}''')
print(f"{3.0} {1e20} {1e-7} {0.1 + 0.2}")
print(f"{2**100}")
print(f"{2**100:,}")
print(f"{-0.0:z.1f} {-1e-9:z.3f}")
print(rf"\n{x}")
print(f"a" "b" f"{x}" "c")
print(F"{x}")
print(f"{x:{'>'}{10}}")
for i in range(3):
    print(f"{i:>3}:{i*i:<4}|")
print(f"{'{'}{'}'}")
s = f"{x}" + f"{name}"
print(s, len(s))
