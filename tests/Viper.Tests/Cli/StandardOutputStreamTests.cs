using System.Diagnostics;
using System.Runtime.InteropServices;
using NUnit.Framework;

namespace Viper.Tests.Cli;

/// <summary>
/// Standard output and error written straight to their descriptors (<c>StandardOutputStream</c>),
/// through a shell's redirections: one file for both keeps every write in order and none
/// overwrites another, and a reader that goes away early ends nothing in error (as with .NET's console stream).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class StandardOutputStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public void OutputAndErrorRedirectedToOneFileKeepTheirOrder()
    {
        var directory = Directory.CreateTempSubdirectory("viper_streams_");
        try
        {
            var program = Path.Combine(directory.FullName, "both.py");
            File.WriteAllText(program, "import sys\nprint('a')\nsys.stdout.flush()\nprint('b', file=sys.stderr)\nprint('c')\nsys.stdout.flush()\nprint('d', file=sys.stderr)\n");
            var log = Path.Combine(directory.FullName, "log.txt");
            Assert.That(RunInShell($"{Viper()} '{program}' > '{log}' 2>&1; {Viper()} '{program}' >> '{log}' 2>&1"), Is.Zero);
            Assert.That(File.ReadAllText(log), Is.EqualTo("a\nb\nc\nd\na\nb\nc\nd\n"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void AReaderThatStopsEarlyEndsNothingInError()
    {
        var directory = Directory.CreateTempSubdirectory("viper_streams_");
        try
        {
            var program = Path.Combine(directory.FullName, "many.py");
            File.WriteAllText(program, "for i in range(200000):\n    print(i)\n");
            var errors = Path.Combine(directory.FullName, "errors.txt");
            var first = Path.Combine(directory.FullName, "first.txt");
            Assert.That(RunInShell($"{Viper()} '{program}' 2> '{errors}' | head -n 1 > '{first}'"), Is.Zero);
            Assert.Multiple(() =>
            {
                Assert.That(File.ReadAllText(first), Is.EqualTo("0\n"));
                Assert.That(File.ReadAllText(errors), Is.Empty);
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Viper()
    {
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        return $"'{dotnet}' exec '{Path.Combine(AppContext.BaseDirectory, "viper.dll")}'";
    }

    /// <summary>Runs a command line in <c>sh</c> and gives its exit status (that of the pipeline's last command).</summary>
    private static int RunInShell(string commandLine)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("POSIX shell redirections");
        }

        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(Patience), Is.True, "the shell did not end");
        Assert.That(stdout.Result + stderr.Result, Is.Empty);
        return process.ExitCode;
    }
}
