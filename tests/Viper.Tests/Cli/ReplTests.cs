using NUnit.Framework;
using Viper.Cli;
using Viper.Runtime.Hosting;

namespace Viper.Tests.Cli;

/// <summary>The interactive prompt, fed a session the way a piped stdin would; expectations are CPython 3.11's.</summary>
[TestFixture]
public sealed class ReplTests
{
    private static (string Stdout, string Stderr, int ExitCode) Session(string input)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions { Argv = [""] }, stdout, stderr);
        var exitCode = new Repl(runtime, new StringReader(input)).Run();
        return (stdout.ToString(), stderr.ToString(), exitCode);
    }

    [Test]
    public void MultiLineFunctionThenCall()
    {
        var (stdout, stderr, exitCode) = Session("def f(x):\n    return x * 2\n\nf(21)\n");
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Is.EqualTo("42\n"));
            Assert.That(stderr, Is.EqualTo(">>> ... ... >>> >>> \n"));
            Assert.That(exitCode, Is.Zero);
        });
    }

    [Test]
    public void ExpressionsEchoTheirReprButNoneIsSilent()
    {
        var (stdout, _, _) = Session("'s'\nNone\n1 + 1.5\nx = [1, 'a']\nx\n");
        Assert.That(stdout, Is.EqualTo("'s'\n2.5\n[1, 'a']\n"));
    }

    [Test]
    public void ErrorPrintsTracebackWithoutSourceAndSessionGoesOn()
    {
        var (stdout, stderr, exitCode) = Session("def g():\n    return 1 / 0\n\ng()\nprint('after')\n");
        Assert.Multiple(() =>
        {
            Assert.That(stderr, Is.EqualTo(
                ">>> ... ... >>> Traceback (most recent call last):\n" +
                "  File \"<stdin>\", line 1, in <module>\n" +
                "  File \"<stdin>\", line 2, in g\n" +
                "ZeroDivisionError: division by zero\n" +
                ">>> >>> \n"));
            Assert.That(stdout, Is.EqualTo("after\n"));
            Assert.That(exitCode, Is.Zero);
        });
    }

    [Test]
    public void HandledExceptionEndsWithItsBlock()
    {
        var (stdout, stderr, _) = Session("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n\nraise\nprint('after')\n");
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Is.EqualTo("caught division by zero\nafter\n"));
            Assert.That(stderr, Is.EqualTo(
                ">>> ... ... ... ... >>> Traceback (most recent call last):\n" +
                "  File \"<stdin>\", line 1, in <module>\n" +
                "RuntimeError: No active exception to reraise\n" +
                ">>> >>> \n"));
        });
    }

    [Test]
    public void SyntaxErrorQuotesTheInputLine()
    {
        var (_, stderr, _) = Session("if x = 1:\n");
        Assert.That(stderr, Is.EqualTo(
            ">>>   File \"<stdin>\", line 1\n" +
            "    if x = 1:\n" +
            "       ^^^^^\n" +
            "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n" +
            ">>> \n"));
    }

    [Test]
    public void SystemExitEndsTheSessionWithItsCode()
    {
        var (_, _, exitCode) = Session("import sys\nsys.exit(3)\nprint('not reached')\n");
        Assert.That(exitCode, Is.EqualTo(3));
    }
}
