using NUnit.Framework;
using Viper.Cli;

namespace Viper.Tests.Cli;

/// <summary>The JIT options of the <c>viper</c> command line.</summary>
[TestFixture]
public sealed class CommandLineTests
{
    [Test]
    public void JitOptionsAreParsed()
    {
        var line = CommandLine.Parse(["--tier", "jit", "--jit-threshold", "5", "--dump-il", "--jit-stats", "prog.py", "--dump-il"]);
        Assert.That(line.Tier, Is.EqualTo("jit"));
        Assert.That(line.JitThreshold, Is.EqualTo(5));
        Assert.That(line.DumpIl, Is.True);
        Assert.That(line.JitStats, Is.True);
        Assert.That(line.ScriptPath, Is.EqualTo("prog.py"));
        Assert.That(line.ScriptArguments, Is.EqualTo(new[] { "prog.py", "--dump-il" }));
    }

    [Test]
    public void DefaultsAreAutoWithoutDiagnostics()
    {
        var line = CommandLine.Parse(["prog.py"]);
        Assert.That(line.Tier, Is.EqualTo("auto"));
        Assert.That(line.JitThreshold, Is.Null);
        Assert.That(line.DumpIl, Is.False);
        Assert.That(line.JitStats, Is.False);
    }

    [TestCase("--tier", "fast")]
    [TestCase("--jit-threshold", "0")]
    [TestCase("--jit-threshold", "many")]
    public void BadJitOptionsAreErrors(string option, string value)
    {
        Assert.That(CommandLine.Parse([option, value, "prog.py"]).Error, Is.Not.Null);
    }

    [Test]
    public void InterpTierInstallsNoHook()
    {
        var runtime = new Runtime.Hosting.PythonRuntime(new Runtime.Hosting.RuntimeOptions(), TextWriter.Null, TextWriter.Null);
        Assert.That(LazyJitHook.ForTier("interp", null, dumpIl: false, stats: false, runtime), Is.Null);
        var auto = LazyJitHook.ForTier("auto", null, dumpIl: false, stats: false, runtime)!;
        Assert.That((auto.Threshold, auto.BackEdgeThreshold), Is.EqualTo((32, 1000)));
        var eager = LazyJitHook.ForTier("jit", 50, dumpIl: false, stats: false, runtime)!;
        Assert.That((eager.Threshold, eager.BackEdgeThreshold), Is.EqualTo((1, 1)));
    }
}
