# An exception raised in exec'd code shows the exec call and a frame for "<string>", without source.
source = "def g():\n    return 1 / 0\ng()"
exec(source)
