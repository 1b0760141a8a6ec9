using NUnit.Framework;
using Viper.IlJit.Tiering;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;

namespace Viper.Tests.Jit;

/// <summary>
/// A recursion limit raised beyond what the .NET stack holds: compiled frames live on that stack,
/// so the stack itself must end the recursion with RecursionError (.NET cannot catch a stack
/// overflow), and the exception must then leave every compiled frame without overflowing it.
/// </summary>
[TestFixture]
public sealed class StackExhaustionTests
{
    private const string Source = """
        import sys
        sys.setrecursionlimit(10 ** 9)

        def runaway(n):
            return runaway(n + 1) + 1

        def caught():
            try:
                runaway(0)
            except RecursionError as error:
                return str(error)

        outcome = caught()
        """;

    [Test]
    public void CompiledRecursionEndsAtTheStackWithARecursionError()
    {
        string? outcome = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var runtime = new PythonRuntime(new RuntimeOptions(), TextWriter.Null, TextWriter.Null);
                    runtime.Interpreter.TierHook = new JitCompiler(JitOptions.Eager, runtime.Builtins, TextWriter.Null, TextWriter.Null);

                    var globals = runtime.NewModuleGlobals("deep", null);
                    runtime.Interpreter.RunModule(runtime.Compile(Source, "<deep>"), globals);
                    outcome = globals.TryGetValue("outcome", out var value) && value.Ref is PyStr text ? text.Value : null;
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            16 * 1024 * 1024);
        thread.Start();
        Assert.That(thread.Join(TimeSpan.FromMinutes(2)), Is.True, "the recursion did not end");
        Assert.That(failure, Is.Null, failure?.ToString());
        Assert.That(outcome, Does.Contain("maximum recursion depth exceeded"));
    }
}
