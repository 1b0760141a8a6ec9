using NUnit.Framework;
using Viper.Runtime.Hosting;

namespace Viper.Tests.Cli;

/// <summary><c>sys.stdin</c> read by line, by iteration and whole, beside <c>input()</c>; lines end at <c>\n</c> only. Expectations are CPython 3.11's.</summary>
[TestFixture]
public sealed class StdinTests
{
    private const string Program = """
        import sys
        print(repr(sys.stdin.readline()), repr(sys.stdin.readline(3)), repr(input()))
        for line in sys.stdin:
            print("line", repr(line))
            if line.startswith("stop"):
                break
        print(sys.stdin.readlines(), repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.name)
        """;

    [Test]
    public void StdinReadsLinesEndingAtNewlines()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions(), stdout, TextWriter.Null)
        {
            Input = new StringReader("first\nsecond\r\nthird\nfourth\rstop here\nafter\nlast"),
        };
        var exitCode = ScriptHost.RunSource(runtime, Program, "stdin_prog.py");
        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Is.EqualTo(
            "'first\\n' 'sec' 'ond\\r'\n" +
            "line 'third\\n'\n" +
            "line 'fourth\\rstop here\\n'\n" +
            "line 'after\\n'\n" +
            "line 'last'\n" +
            "[] '' '' <stdin>\n"));
    }
}
