using NUnit.Framework;
using Viper.IlJit.Tiering;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Tests.Jit;

/// <summary>Installing compiled code: at once for <c>--tier jit</c>, after .NET compiled it off the VM's thread for <c>auto</c>.</summary>
[TestFixture]
public sealed class BackgroundInstallTests
{
    private const string Source = "def square_sum(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t\n";

    private static (PythonRuntime Runtime, PyFunction Function, PyDict Globals) Define()
    {
        var runtime = new PythonRuntime(new RuntimeOptions(), TextWriter.Null, TextWriter.Null);
        var globals = runtime.NewModuleGlobals("background", null);
        runtime.Interpreter.RunModule(runtime.Compile(Source, "<background>"), globals);
        Assert.That(globals.TryGetValue("square_sum", out var function), Is.True);
        return (runtime, (PyFunction)function.Ref!, globals);
    }

    private static JitCompiler Compiler(PythonRuntime runtime, bool inBackground) =>
        new(new JitOptions { CallThreshold = int.MaxValue, BackEdgeThreshold = int.MaxValue, InstallInBackground = inBackground }, runtime.Builtins, TextWriter.Null, TextWriter.Null);

    [Test]
    public void WithoutBackgroundTheCodeIsInstalledAtOnce()
    {
        var (runtime, function, globals) = Define();
        var compiler = Compiler(runtime, inBackground: false);
        runtime.Interpreter.TierHook = compiler;
        compiler.OnHot(function.Code, globals);
        Assert.That(function.Code.CompiledEntry, Is.InstanceOf<CompiledCode>());
        Assert.That(runtime.Interpreter.Call(Value.FromObject(function), [Value.FromInt(100)]).AsInt, Is.EqualTo(328350));
    }

    [Test]
    public void InTheBackgroundTheCodeIsInstalledOnceCompiledAndRunsTheSame()
    {
        var (runtime, function, globals) = Define();
        var compiler = Compiler(runtime, inBackground: true);
        runtime.Interpreter.TierHook = compiler;
        compiler.OnHot(function.Code, globals);

        // Until it is installed the VM runs the function; the answer never changes.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (function.Code.CompiledEntry is null && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.That(runtime.Interpreter.Call(Value.FromObject(function), [Value.FromInt(100)]).AsInt, Is.EqualTo(328350));
            Thread.Sleep(1);
        }

        Assert.That(function.Code.CompiledEntry, Is.InstanceOf<CompiledCode>());
        Assert.That(runtime.Interpreter.Call(Value.FromObject(function), [Value.FromInt(100)]).AsInt, Is.EqualTo(328350));
        Assert.That(compiler.CompiledFunctions.Select(f => f.Name), Is.EqualTo(new[] { "square_sum" }));
        Assert.That(compiler.Refused, Is.Empty);
    }
}
