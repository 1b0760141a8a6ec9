using System.Diagnostics;
using NUnit.Framework;

namespace Viper.Tests.Cli;

/// <summary>
/// Standard output and error written straight to their descriptors (<c>StandardOutputStream</c>),
/// through a shell's redirections: one file for both keeps every write in order and none
/// overwrites another, a reader that goes away early ends nothing in error (as with .NET's console stream),
/// and a write that fails is an OSError.
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

    [Test]
    public void AFullDiskIsAnOSErrorNotADotNetException()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("no /dev/full");
        }

        var directory = Directory.CreateTempSubdirectory("viper_streams_");
        try
        {
            var caught = Path.Combine(directory.FullName, "caught.py");
            File.WriteAllText(caught, "import sys\ntry:\n    print(1)\n    sys.stdout.flush()\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror, file=sys.stderr)\n");
            var buffered = Path.Combine(directory.FullName, "buffered.py");
            File.WriteAllText(buffered, "print('left in the buffer at exit')\n");
            var caughtErrors = Path.Combine(directory.FullName, "caught.txt");
            var bufferedErrors = Path.Combine(directory.FullName, "buffered.txt");
            Assert.Multiple(() =>
            {
                Assert.That(RunInShell($"{Viper()} '{caught}' > /dev/full 2> '{caughtErrors}'"), Is.Zero);
                Assert.That(File.ReadAllText(caughtErrors), Is.EqualTo("OSError 28 No space left on device\n"));

                // CPython's report of a flush that fails at shutdown, with its exit status.
                Assert.That(RunInShell($"{Viper()} '{buffered}' > /dev/full 2> '{bufferedErrors}'"), Is.EqualTo(120));
                Assert.That(
                    File.ReadAllText(bufferedErrors),
                    Is.EqualTo("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n"));
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Viper() => ViperProcess.ShellCommand;

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
