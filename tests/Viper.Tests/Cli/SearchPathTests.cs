using NUnit.Framework;
using Viper.Runtime.Hosting;

namespace Viper.Tests.Cli;

/// <summary>
/// The empty first entry of <c>sys.path</c> that <c>-c</c>, standard input and the REPL get, as in
/// CPython: it stays empty in <c>sys.path</c> and means the current directory at each import, so a
/// module found through it has an absolute <c>__file__</c>.
/// </summary>
[TestFixture]
public sealed class SearchPathTests
{
    [Test]
    public void EmptyEntrySearchesTheCurrentDirectory()
    {
        var moduleName = "search_path_probe_" + Guid.NewGuid().ToString("N");
        var modulePath = Path.Combine(Directory.GetCurrentDirectory(), moduleName + ".py");
        File.WriteAllText(modulePath, "VALUE = 42\n");
        try
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            var runtime = new PythonRuntime(new RuntimeOptions { Argv = ["-c"] }, stdout, stderr);
            runtime.Modules.AddSearchDirectory(string.Empty);
            var program = $"""
                import os, sys
                print(repr(sys.path[0]))
                import {moduleName} as probe
                print(probe.VALUE, probe.__file__ == os.path.join(os.getcwd(), "{moduleName}.py"))
                """;
            var exitCode = ScriptHost.RunSource(runtime, program, "<string>");
            Assert.Multiple(() =>
            {
                Assert.That(stderr.ToString(), Is.Empty);
                Assert.That(stdout.ToString(), Is.EqualTo("''\n42 True\n"));
                Assert.That(exitCode, Is.Zero);
            });
        }
        finally
        {
            File.Delete(modulePath);
        }
    }
}
