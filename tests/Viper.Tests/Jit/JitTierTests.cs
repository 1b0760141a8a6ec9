using NUnit.Framework;
using Viper.Bytecode.Compiler;

namespace Viper.Tests.Jit;

/// <summary>The JIT tier end to end: default tiering, the CIL it emits, and what it refuses.</summary>
[TestFixture]
public sealed class JitTierTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    private static ProgramRun RunSource(string source, Tier tier)
    {
        var path = Path.Combine(Path.GetTempPath(), $"viper_jit_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, source);
        try
        {
            return ProgramRun.Run(path, CompilerOptions.Default, Timeout, tier);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void DefaultThresholdsTierUpMidLoop()
    {
        var path = Corpus("jit/tier_up_mid_loop.py");
        var result = ProgramRun.Run(path, CompilerOptions.Default, Timeout, new Tier("auto"));
        Assert.That(result.Stdout, Is.EqualTo(File.ReadAllText(Path.ChangeExtension(path, ".out"))));
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
    }

    [Test]
    public void SpecializedIntAddIsLongArithmeticWithAnOverflowCheck()
    {
        var result = RunSource("def add(a, b):\n    return a + b\n\nprint(add(2, 3))\n", Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("5\n"));
        var dump = result.Stderr;
        var body = dump[dump.IndexOf(".method Value 'add'", StringComparison.Ordinal)..];
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        int Find(string text, int from = 0) => lines.FindIndex(from, l => l.Contains(text, StringComparison.Ordinal));

        // The fast path: two int tag checks, the long add, the sign test for overflow, and the
        // result boxed inline, all before any call to the generic helper.
        var add = Find(": add");
        var helper = Find("Arithmetic::Binary");
        Assert.That(add, Is.GreaterThan(0), body);
        Assert.That(Find("ldsfld object Value::IntTag"), Is.LessThan(add), body);
        Assert.That(Find("ldfld int64 Value::Bits"), Is.LessThan(add), body);
        var overflowTest = Find(": blt", add);
        Assert.That(Find(": xor", add), Is.LessThan(overflowTest), body);
        Assert.That(Find(": and", add), Is.LessThan(overflowTest), body);
        Assert.That(Find("call Value Value::FromInt(int64)", overflowTest), Is.GreaterThan(overflowTest), body);
        Assert.That(helper, Is.GreaterThan(Find("call Value Value::FromInt(int64)", overflowTest)), body);

        // Nothing was recorded before this compile (--tier jit), so the site also has the float
        // path after the int one: its conversions are the only other calls before the helper.
        string[] inline = ["FromInt", "FromFloat", "Int64BitsToDouble"];
        Assert.That(lines.Skip(add).Take(helper - add).Any(l => l.Contains(": call", StringComparison.Ordinal) && !inline.Any(name => l.Contains(name, StringComparison.Ordinal))), Is.False, body);
    }

    [Test]
    public void FloatSiteCompilesToDoubleArithmetic()
    {
        var source = "def mul(a, b):\n    return a * b\n\nfor i in range(5):\n    mul(1.5, 2.0)\nprint(mul(1.5, 2.0))\n";
        var result = RunSource(source, new Tier("auto", 3, DumpIl: true));
        Assert.That(result.Stdout, Is.EqualTo("3.0\n"));
        Assert.That(result.Stderr, Does.Contain("ldsfld object Value::FloatTag"));
        Assert.That(result.Stderr, Does.Contain("call float64 BitConverter::Int64BitsToDouble(int64)"));
        Assert.That(result.Stderr, Does.Contain(": mul\n"));
    }

    [Test]
    public void RecursiveCallIsDirect()
    {
        var source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(15))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("610\n"));
        Assert.That(result.Stderr, Does.Contain("call Value fib(JitClosure, Interpreter, Value)"));
    }

    [Test]
    public void MethodCallOnAClassTheSiteHadSeenIsDirect()
    {
        var source = "class A:\n    def get(self, k):\n        return k + 1\n\n\ndef use(a):\n    return a.get(2)\n\n\nfor i in range(40):\n    use(A())\nprint(use(A()))\n";
        var result = RunSource(source, new Tier("auto", DumpIl: true));
        Assert.That(result.Stdout, Is.EqualTo("3\n"));
        Assert.That(result.Stderr, Does.Contain("IsMethodTarget"));
        Assert.That(result.Stderr, Does.Contain("call Value A.get(JitClosure, Interpreter, Value, Value)"));
    }

    [Test]
    public void InstantiationOfAClassWithACompiledInitIsDirect()
    {
        var source = "class A:\n    def __init__(self, k):\n        self.k = k\n\n\ndef make(k):\n    return A(k)\n\n\nprint(make(4).k)\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("4\n"));
        Assert.That(result.Stderr, Does.Contain("IsClassTarget"));
        Assert.That(result.Stderr, Does.Contain("call Value A.__init__(JitClosure, Interpreter, Value, Value)"));
    }

    /// <summary>
    /// The corpus tiers compile a function before its call sites have run, so their caches are
    /// empty and no method call is direct (nor an instantiation made before its class existed);
    /// at the default thresholds callers compile after the VM has filled them, and these
    /// programs then leave the direct calls every way they can.
    /// </summary>
    [TestCase("jit/method_calls_guarded.py")]
    [TestCase("jit/method_call_raises.py")]
    [TestCase("jit/instantiation_guarded.py")]
    [TestCase("jit/attribute_loads_polymorphic.py")]
    [TestCase("jit/builtin_method_calls_guarded.py")]
    public void DirectMethodCallsMatchCPythonAtDefaultThresholds(string program)
    {
        var path = Corpus(program);
        var result = ProgramRun.Run(path, CompilerOptions.Default, Timeout, new Tier("auto"));
        var errPath = Path.ChangeExtension(path, ".err");
        var expectedErr = File.Exists(errPath) ? File.ReadAllText(errPath) : "0\n";
        var stderr = result.Stderr.Replace(Path.GetDirectoryName(path) + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        Assert.That(result.Stdout, Is.EqualTo(File.ReadAllText(Path.ChangeExtension(path, ".out"))));
        Assert.That($"{result.ExitCode}\n{stderr}", Is.EqualTo(expectedErr));
    }

    [Test]
    public void BuiltinCallIsDirectAfterTheIntrinsicTestWithTheGenericCallAsFallback()
    {
        var source = "def f(v):\n    return isinstance(v, int), len(v), ord(v)\n\nprint(f('a'))\nlen = lambda v: 5\nprint(f('b'))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("(False, 1, 97)\n(False, 5, 98)\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'f'", StringComparison.Ordinal)..];
        var test = body.IndexOf("call bool JitRuntime::IsBuiltin(object, BuiltinIntrinsic)", StringComparison.Ordinal);
        var direct = body.IndexOf("call Value FixedArityBuiltins::IsInstance(Interpreter, Value, Value)", StringComparison.Ordinal);
        var generic = body.IndexOf("call Value JitRuntime::Call2(Interpreter, Value, Value, Value)", StringComparison.Ordinal);
        Assert.That(test, Is.GreaterThan(0));
        Assert.That(direct, Is.GreaterThan(test), "the builtin's method is called after the callee's test");
        Assert.That(generic, Is.GreaterThan(direct), "the generic call is the fallback, after the direct one");
        Assert.That(body, Does.Contain("call Value FixedArityBuiltins::Len(Interpreter, Value)"));
        Assert.That(body, Does.Contain("call Value FixedArityBuiltins::Ord(Interpreter, Value)"));
    }

    [Test]
    public void RecursiveCallComparesWithTheResolvedFunctionBeforeTheTypeTest()
    {
        var source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(15))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("610\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'fib'", StringComparison.Ordinal)..];
        var resolved = body.IndexOf("ldfld PyFunction JitClosure::Function", StringComparison.Ordinal);

        // The specialized version, first, calls the long entry; the generic one the value body.
        var call = body.IndexOf("call int64 fib (long entry)(JitClosure, Interpreter, int64)", StringComparison.Ordinal);
        var typeTest = body.IndexOf("isinst PyFunction", StringComparison.Ordinal);
        Assert.That(resolved, Is.GreaterThan(0));
        Assert.That(call, Is.GreaterThan(resolved), "the direct call follows the callee's read from the resolved function");
        Assert.That(typeTest, Is.GreaterThan(call), "the type and code test is the fallback, after the call");

        // The return path stores the depth it entered at; only an exception's way out decrements.
        Assert.That(body, Does.Contain("call void Interpreter::LeaveCompiledFrame(int32)"));
    }

    [Test]
    public void RecursiveIntCallsPassAndReturnLongsThroughTheLongEntry()
    {
        var source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(15))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("610\n"));
        const string LongCall = "call int64 fib (long entry)(JitClosure, Interpreter, int64)";
        var dump = result.Stderr;
        var start = dump.IndexOf(".method int64 'fib (long entry)'(JitClosure, Interpreter, int64)", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), dump);
        var body = dump[start..];
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        int Find(string text, int from = 0) => lines.FindIndex(from, l => l.Contains(text, StringComparison.Ordinal));

        // Both calls pass an int local and keep the result in one, compared with the marker for
        // a result that is not a small int.
        var first = Find(LongCall);
        var second = Find(LongCall, first + 1);
        Assert.That(first, Is.GreaterThan(0), body);
        Assert.That(second, Is.GreaterThan(first), body);
        foreach (var call in new[] { first, second })
        {
            Assert.That(lines[call - 1], Does.Match(@"ldloc \d+ \(\w+:int\)"), body);
            Assert.That(lines[call + 1], Does.Match(@"stloc \d+ \(\w+:int\)"), body);
            Assert.That(lines[call + 3], Does.EndWith("ldc.i8 -9223372036854775808"), body);
        }

        // The two int locals are added as longs (no tag test, no boxing) and returned as one.
        var add = Find(": add", second);
        Assert.That(add, Is.GreaterThan(second), body);
        Assert.That(lines[add - 2], Does.Match(@"ldloc \d+ \(\w+:int\)"), body);
        Assert.That(lines[add - 1], Does.Match(@"ldloc \d+ \(\w+:int\)"), body);
        var leave = Find(": leave", add);
        foreach (var line in lines.Skip(add).Take(leave - add))
        {
            Assert.That(line, Does.Not.Contain("Value::IntTag").And.Not.Contain("FromInt"), body);
        }

        Assert.That(lines.Skip(add).Take(leave - add).Any(l => l.Contains("stloc", StringComparison.Ordinal) && l.Contains("(longResult)", StringComparison.Ordinal)), body);
    }

    [Test]
    public void RecursiveCalleeIsReadWithoutTheGlobalsWhileTheWatchedVersionHolds()
    {
        var source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(15))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("610\n"));
        const string LongCall = "call int64 fib (long entry)(JitClosure, Interpreter, int64)";
        const string Version = "ldfld int64 VersionHolder::Version";
        var dump = result.Stderr;
        var start = dump.IndexOf(".method int64 'fib (long entry)'(JitClosure, Interpreter, int64)", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), dump);
        var lines = dump[start..].Split('\n').Select(l => l.Trim()).ToList();
        int Find(string text, int from = 0) => lines.FindIndex(from, l => l.Contains(text, StringComparison.Ordinal));

        // Each callee read is a compare of the version with a constant and the function from the
        // closure; the call's guard tests the version again, and the globals dict appears only in
        // the cold reads after both versions' instructions.
        var first = Find(LongCall);
        var second = Find(LongCall, first + 1);
        Assert.That(second, Is.GreaterThan(first), dump);
        var readBeforeFirst = Find(Version);
        Assert.That(readBeforeFirst, Is.InRange(0, first), dump);
        Assert.That(Find(Version, readBeforeFirst + 1), Is.InRange(readBeforeFirst + 1, first), "the guard's version test");
        Assert.That(lines[readBeforeFirst + 1], Does.StartWith("IL_").And.Contains("ldc.i8"), dump);
        var readBeforeSecond = Find(Version, first + 1);
        Assert.That(readBeforeSecond, Is.InRange(first + 1, second), dump);
        var globals = Find("ldfld PyDict JitClosure::Globals");
        Assert.That(globals, Is.GreaterThan(Find("isinst PyFunction", second)), dump);
    }

    [Test]
    public void LongEntryCallDoesTheCalleesBaseCaseInPlaceWhileTheFrameFits()
    {
        var source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(15))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("610\n"));
        const string LongCall = "call int64 fib (long entry)(JitClosure, Interpreter, int64)";
        var dump = result.Stderr;
        var start = dump.IndexOf(".method int64 'fib (long entry)'(JitClosure, Interpreter, int64)", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), dump);
        var lines = dump[start..].Split('\n').Select(l => l.Trim()).ToList();
        int Find(string text, int from = 0) => lines.FindIndex(from, l => l.Contains(text, StringComparison.Ordinal));

        // Before each call: the argument compared with the base case's constant (jumping to the
        // call when the callee's comparison would jump), the depth check, then the argument as the
        // result in an int local and a branch past the call.
        var first = Find(LongCall);
        var second = Find(LongCall, first + 1);
        Assert.That(second, Is.GreaterThan(first), dump);
        foreach (var call in new[] { first, second })
        {
            var fits = Find("call bool Interpreter::CompiledFrameFits()", call - 12);
            Assert.That(fits, Is.InRange(call - 10, call - 1), dump);
            Assert.That(lines[fits - 4], Does.Match(@"ldloc \d+ \(\w+:int\)"), dump);
            Assert.That(lines[fits - 3], Does.EndWith("ldc.i8 2"), dump);
            Assert.That(lines[fits - 2], Does.Contain(": bge L"), dump);
            Assert.That(lines[fits - 1], Does.EndWith(": ldarg.1"), dump);
            Assert.That(lines[fits + 1], Does.Contain(": brfalse L"), dump);
            Assert.That(lines[fits + 2], Does.EndWith(lines[fits - 4][lines[fits - 4].IndexOf("ldloc", StringComparison.Ordinal)..]), dump);
            Assert.That(lines[fits + 3], Does.Match(@"stloc \d+ \(\w+:int\)"), dump);
            Assert.That(lines[fits + 4], Does.Contain(": br L"), dump);
        }
    }

    [Test]
    public void BaseCaseComparedWithAFloatConstantIsNotDoneInPlace()
    {
        var source = "def below(n):\n    if n < 2.5:\n        return n\n    return below(n - 1) + 1\n\nprint(below(10))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("10\n"));
        Assert.That(result.Stderr, Does.Contain("call int64 below (long entry)(JitClosure, Interpreter, int64)"));
        Assert.That(result.Stderr, Does.Not.Contain("CompiledFrameFits"));
    }

    [Test]
    public void IntCallFromALoopUsesTheCalleesLongEntry()
    {
        var source = "def add(a, b):\n    return a + b\n\ndef run():\n    total = 0\n    for i in range(100):\n        total = add(total, i)\n    return total\n\nprint(run())\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("4950\n"));
        Assert.That(result.Stderr, Does.Contain(".method int64 'add (long entry)'(JitClosure, Interpreter, int64, int64)"));
        var run = result.Stderr[result.Stderr.IndexOf(".method Value 'run'", StringComparison.Ordinal)..];
        Assert.That(run, Does.Contain("call int64 add (long entry)(JitClosure, Interpreter, int64, int64)"));
    }

    [Test]
    public void CallWithComputedArgumentsIsDirect()
    {
        // The arguments are computed after the callee is loaded; that must not lose the callee.
        var source = "def level(n, acc):\n    if n == 0:\n        return acc\n    return level(n - 1, acc + n)\n\nprint(level(20, 1))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("211\n"));
        Assert.That(result.Stderr, Does.Contain("call Value level(JitClosure, Interpreter, Value, Value)"));
    }

    [Test]
    public void StatsReportCompiledAndRefusedFunctions()
    {
        var source = "def keep(x):\n    return x + 1\n\ndef drop(x):\n    return x if globals() else 0\n\nprint(keep(1), drop(2))\n";
        var result = RunSource(source, Tier.Jit with { Stats = true });
        Assert.That(result.Stdout, Is.EqualTo("2 2\n"));
        Assert.That(result.Stderr, Does.Match(@"\[jit\] compiled keep in [0-9.]+ ms"));
        Assert.That(result.Stderr, Does.Contain("[jit] refused drop: names globals(), which reads the running frame"));
    }

    [Test]
    public void FloatLocalsStayUnboxedAcrossTheLoop()
    {
        var source = "def run(n):\n    x = 0.0\n    for i in range(n):\n        x = x * 0.5 + 1.0\n    return x\n\nprint(run(10))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("1.998046875\n"));
        Assert.That(result.Stderr, Does.Contain("float64 x"));
        var loop = result.Stderr[result.Stderr.IndexOf(": mul", StringComparison.Ordinal)..];
        loop = loop[..loop.IndexOf(": add", StringComparison.Ordinal)];
        Assert.That(loop, Does.Not.Contain("call"), "x * 0.5 is a plain multiply of an unboxed double");
    }

    [Test]
    public void FloatLoopHasFloatLocalsOfItsOwn()
    {
        // Defined before the calls that start the loop, x would be kept in memory across it by
        // .NET's register allocator; the loop works on its own copy, written back when it ends.
        var source = "def run(n):\n    x = 0.0\n    for i in range(n):\n        x = x * 0.5 + 1.0\n    return x\n\nprint(run(10), run(0))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("1.998046875 0.0\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'run'", StringComparison.Ordinal)..];
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        var copyIn = lines.FindIndex(l => l.Contains("stloc", StringComparison.Ordinal) && l.Contains("(x:spec:loop", StringComparison.Ordinal));
        Assert.That(copyIn, Is.GreaterThan(0), body);
        Assert.That(lines[copyIn - 1], Does.EndWith("(x:spec)"), body);
        var multiply = lines.FindIndex(copyIn, l => l.EndsWith(": mul", StringComparison.Ordinal));
        Assert.That(lines[multiply - 2], Does.Contain("(x:spec:loop"), body);
        var copyOut = lines.FindIndex(multiply, l => l.Contains("stloc", StringComparison.Ordinal) && l.EndsWith("(x:spec)", StringComparison.Ordinal));
        Assert.That(lines[copyOut - 1], Does.Contain("(x:spec:loop"), body);
    }

    [Test]
    public void IntLoopOverARangeRunsOnLongLocals()
    {
        var source = "def run(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n\nprint(run(10), run(2 ** 70 - 2 ** 70 + 3))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("45 3\n"));
        var dump = result.Stderr;
        var body = dump[dump.IndexOf(".method Value 'run'", StringComparison.Ordinal)..];
        Assert.That(body, Does.Contain("int64 t:int"));
        Assert.That(body, Does.Contain("int64 i:int"));
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();

        // t += i: both operands straight from their long locals, an overflow test, and the sum
        // stored back into t's long local, with no call in between. i counts over range(n), so it
        // is never negative: the sum can only overflow upwards, which leaves it below t (one
        // compare, no sign arithmetic).
        var add = lines.FindIndex(2, l => l.EndsWith(": add", StringComparison.Ordinal)
            && IsLocal(lines[lines.IndexOf(l) - 2], "t:int"));
        Assert.That(add, Is.GreaterThan(0), body);
        Assert.That(IsLocal(lines[add - 1], "i:int"), Is.True, body);
        var store = lines.FindIndex(add, l => l.Contains("stloc", StringComparison.Ordinal) && IsLocal(l, "t:int"));
        var arithmetic = lines.Skip(add).Take(store - add).ToList();
        Assert.That(arithmetic.Any(l => l.Contains(": blt", StringComparison.Ordinal)), Is.True, body);
        Assert.That(arithmetic.Any(l => l.Contains(": xor", StringComparison.Ordinal)), Is.False, body);
        Assert.That(arithmetic.Any(l => l.Contains(": call", StringComparison.Ordinal)), Is.False, body);

        // The range loop is a counter: the item is the counter's value, stepped in locals (the
        // loop's own copies of t, i and the range's position).
        var item = Enumerable.Range(1, lines.Count - 1).FirstOrDefault(i =>
            lines[i].Contains("stloc", StringComparison.Ordinal) && IsLocal(lines[i], "i:int")
            && lines[i - 1].Contains(":next:loop", StringComparison.Ordinal));
        Assert.That(item, Is.GreaterThan(0), body);
        var backEdge = lines.FindIndex(item, l => l.Contains(": br ", StringComparison.Ordinal));
        Assert.That(lines.Skip(item).Take(backEdge - item).Any(l => l.Contains("PyRangeIterator", StringComparison.Ordinal) || l.Contains(": call", StringComparison.Ordinal)), Is.False, body);
    }

    [Test]
    public void AddOfACounterThatMayBeNegativeKeepsTheSignTest()
    {
        var source = "def run(n):\n    t = 0\n    for i in range(-n, n):\n        t += i\n    return t\n\nprint(run(10))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("-10\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'run'", StringComparison.Ordinal)..];
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        var add = lines.FindIndex(l => l.EndsWith(": add", StringComparison.Ordinal) && IsLocal(lines[lines.IndexOf(l) - 1], "i:int"));
        Assert.That(add, Is.GreaterThan(0), body);
        Assert.That(lines.Skip(add).Take(12).Count(l => l.EndsWith(": xor", StringComparison.Ordinal)), Is.EqualTo(2), body);
    }

    /// <summary>Whether a dumped instruction names the local, or an innermost loop's own copy of it.</summary>
    private static bool IsLocal(string line, string name) =>
        line.EndsWith($"({name})", StringComparison.Ordinal) || line.Contains($"({name}:loop", StringComparison.Ordinal);

    [Test]
    public void ModuloAndFloorDivisionByConstantsNeedNoDivisorChecks()
    {
        // x % 8 and x // 8 are a mask and a shift, x % 7 one remainder whose sign is fixed without
        // a branch; none checks its divisor (0 and -1 go to the helper).
        var source = "def run(xs):\n    total = 0\n    for x in xs:\n        total += x % 8 + x // 8\n        total += x % 7\n    return total\n\n"
            + "print(run([5, -5, 100]))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("32\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'run'", StringComparison.Ordinal)..];
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        Assert.That(lines.Any(l => l.EndsWith(": shr", StringComparison.Ordinal)), Is.True, body);
        var remainders = Enumerable.Range(1, lines.Count - 1).Where(i => lines[i].EndsWith(": rem", StringComparison.Ordinal)).ToList();
        Assert.That(remainders, Is.Not.Empty, body);
        Assert.That(remainders.All(i => lines[i - 1].EndsWith("ldc.i8 7", StringComparison.Ordinal)), Is.True, body);
        Assert.That(lines.Any(l => l.Contains("ble.un", StringComparison.Ordinal)), Is.False, body);
    }

    [Test]
    public void FloatCodeWithoutIntWorkIsEmittedOnce()
    {
        // The ints here only count an outer loop and index lists; the float work is on list items.
        // Recorded types say dt is a float, so nothing is guarded as an int and no specialized
        // version is emitted: one copy of each instruction, with the float path inline.
        var source = "def advance(bodies, dt, steps):\n    for step in range(steps):\n        for b in bodies:\n            b[0] = b[0] + dt * b[1]\n    return bodies\n\n"
            + "for k in range(3):\n    advance([[0.0, 1.0]], 0.5, 2)\nprint(advance([[0.0, 1.0], [1.0, 2.0]], 0.25, 4))\n";
        var result = RunSource(source, new Tier("auto", 3, DumpIl: true));
        Assert.That(result.Stdout, Is.EqualTo("[[1.0, 1.0], [3.0, 2.0]]\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'advance'", StringComparison.Ordinal)..];
        Assert.That(body, Does.Not.Contain(":int"), body);
        Assert.That(body, Does.Not.Contain(":next"), body);
        Assert.That(body.Split('\n').Count(l => l.TrimEnd().EndsWith(": mul", StringComparison.Ordinal)), Is.EqualTo(1), body);
    }

    [Test]
    public void IntOverflowLeavesTheSpecializedVersionAtTheSameInstruction()
    {
        var source = "def grow(n):\n    x = 1\n    for i in range(n):\n        x = x * 5 + i\n    return x\n\nprint(grow(40))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("9663381206337362527847290029\n"));

        // The deoptimization exit boxes x's long into x's value local for the generic version,
        // which redoes the multiplication with the helper that makes a big int.
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'grow'", StringComparison.Ordinal)..];
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        var boxing = Enumerable.Range(2, lines.Count - 2).FirstOrDefault(i =>
            lines[i].EndsWith("(x)", StringComparison.Ordinal) && lines[i].Contains("stloc", StringComparison.Ordinal)
            && lines[i - 1].EndsWith("Value::FromInt(int64)", StringComparison.Ordinal) && lines[i - 2].EndsWith("(x:int)", StringComparison.Ordinal));
        Assert.That(boxing, Is.GreaterThan(0), body);
        Assert.That(lines.FindIndex(boxing, l => l.Contains("call Value Arithmetic::Binary", StringComparison.Ordinal)), Is.GreaterThan(boxing), body);
    }

    [Test]
    public void EnumerateUnpackedIntoTwoNamesMakesNoTuple()
    {
        // The pair goes straight into i and x; a loop keeping the item whole unpacks nothing and steps as usual.
        var source = "def pairs(xs):\n    t = 0\n    for i, x in enumerate(xs):\n        t += i * x\n    return t\n\n"
            + "def whole(xs):\n    return [p for p in enumerate(xs)]\n\nprint(pairs([3, 4, 5]), whole('ab'))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("14 [(0, 'a'), (1, 'b')]\n"));
        var pairs = result.Stderr[result.Stderr.IndexOf(".method Value 'pairs'", StringComparison.Ordinal)..];
        pairs = pairs[..pairs.IndexOf(".method", 1, StringComparison.Ordinal)];
        Assert.That(pairs, Does.Contain("call int32 JitRuntime::TryNextUnpacked(JitClosure, Value, Value[]&)"), pairs);
        var whole = result.Stderr[result.Stderr.IndexOf(".method Value 'whole.<locals>.<listcomp>'", StringComparison.Ordinal)..];
        Assert.That(whole, Does.Not.Contain("TryNextUnpacked"), whole);
    }

    [Test]
    public void MembershipCallsTheContainmentTest()
    {
        var source = "def has(x, s):\n    return x in s, x not in s\n\nprint(has(1, {1}), has(2, frozenset()))\n";
        var result = RunSource(source, Tier.Jit with { DumpIl = true });
        Assert.That(result.Stdout, Is.EqualTo("(True, False) (False, True)\n"));
        var body = result.Stderr[result.Stderr.IndexOf(".method Value 'has'", StringComparison.Ordinal)..];
        Assert.That(body, Does.Contain("call bool JitRuntime::Contains(Value, Value)"), body);
        Assert.That(body, Does.Not.Contain("JitRuntime::Compare("), body);
    }
}
