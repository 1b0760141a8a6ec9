using System.Runtime.InteropServices;
using NUnit.Framework;
using Viper.Cli;
using Viper.Runtime.Hosting;

namespace Viper.Tests.Cli;

/// <summary>
/// Ctrl-C: an interrupt request becomes KeyboardInterrupt at the next back edge, call or wait, in
/// every tier, leaving the program able to go on; uncaught, it prints CPython's traceback and the
/// process ends by SIGINT. The program says when it is ready; the test then asks for the interrupt
/// from another thread, as the signal handler does.
/// </summary>
[TestFixture]
public sealed partial class KeyboardInterruptTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static IEnumerable<Tier> Tiers() => [Tier.Interp, Tier.Jit, Tier.AutoAtOnce, new Tier("auto")];

    /// <summary>Loops of every kind the tiers compile differently, and recursion without a loop: each interrupted and caught.</summary>
    private const string CaughtEverywhere = """
        import sys

        def float_loop():
            x = 0.0
            while True:
                x = x * 0.5 + 1.0

        def int_loop():
            total = 0
            for i in range(10 ** 15):
                total += i * 3 % 7

        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        def items():
            n = 0
            while True:
                yield n
                n += 1

        def generator_loop():
            for item in items():
                pass

        def guarded():
            try:
                while True:
                    pass
            finally:
                print("finally ran")

        for body in (float_loop, int_loop, lambda: fib(200), generator_loop, guarded):
            try:
                print("ready")
                body()
            except KeyboardInterrupt as error:
                print("caught", repr(error), error.args, type(error).__mro__[1].__name__)

        try:
            print("ready")
            while True:
                pass
        except Exception:
            print("wrong: KeyboardInterrupt is not an Exception")
        except BaseException as error:
            print("BaseException", type(error).__name__)

        def deep(n):
            return 0 if n == 0 else deep(n - 1) + 1

        print(sys.getrecursionlimit(), deep(900))
        try:
            deep(5000)
        except RecursionError as error:
            print(error)
        """;

    [TestCaseSource(nameof(Tiers))]
    public void InterruptsAreCaughtAndTheProgramGoesOn(Tier tier)
    {
        var run = RunInterrupted(CaughtEverywhere, tier, interrupts: 6);
        var caught = "caught KeyboardInterrupt() () BaseException\n";
        Assert.Multiple(() =>
        {
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.Stdout, Is.EqualTo(
                "ready\n" + caught + "ready\n" + caught + "ready\n" + caught + "ready\n" + caught +
                "ready\nfinally ran\n" + caught +
                "ready\nBaseException KeyboardInterrupt\n" +
                "1000 900\nmaximum recursion depth exceeded\n"));
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(run.EndedByKeyboardInterrupt, Is.False);
        });
    }

    [TestCaseSource(nameof(Tiers))]
    public void UncaughtInterruptPrintsItsTraceback(Tier tier)
    {
        const string Source = """
            def spin():
                while True:
                    pass

            try:
                print("ready")
                spin()
            finally:
                print("finally ran")
            print("not reached")
            """;
        var run = RunInterrupted(Source, tier, interrupts: 1);
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Is.EqualTo("ready\nfinally ran\n"));
            Assert.That(run.Stderr, Does.StartWith("Traceback (most recent call last):\n  File \"interrupted.py\", line "));
            Assert.That(run.Stderr, Does.EndWith("\nKeyboardInterrupt\n"));
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.EndedByKeyboardInterrupt, Is.True);
        });
    }

    [TestCaseSource(nameof(Tiers))]
    public void SleepIsInterrupted(Tier tier)
    {
        const string Source = """
            import time
            try:
                print("ready")
                time.sleep(10 ** 6)
            except KeyboardInterrupt:
                print("woke")
            time.sleep(0)
            time.sleep(0.001)
            print("slept")
            """;
        var run = RunInterrupted(Source, tier, interrupts: 1);
        Assert.That(run.Stdout, Is.EqualTo("ready\nwoke\nslept\n"));
    }

    [Test]
    public void InputIsInterruptedAndTheReadGoesOn()
    {
        const string Source = """
            try:
                print("ready")
                input()
            except KeyboardInterrupt:
                print("caught")
            print(input())
            print(repr(input()))
            """;
        var typed = new SemaphoreSlim(0);
        var terminal = new BlockingInput(typed, "hello\nworld\n");
        var run = RunInterrupted(Source, Tier.Interp, interrupts: 1, input: interpreter => new InterruptibleInput(terminal, interpreter), afterInterrupts: () => typed.Release());
        Assert.That(run.Stdout, Is.EqualTo("ready\ncaught\nhello\n'world'\n"));
    }

    [Test]
    public void CtrlCAtThePromptDropsTheStatementBeingTyped()
    {
        var stdout = new ReadyWriter("... ") { NewLine = "\n" };
        var stderr = new ReadyWriter("... ") { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions { Argv = [""] }, stdout, stderr);
        var typed = new SemaphoreSlim(0);
        var terminal = new BlockingInput(typed, "print('after')\n");
        var input = new InterruptibleInput(new PrefixedInput("if True:\n", terminal), runtime.Interpreter);
        var session = Task.Run(() => new Repl(runtime, input).Run());
        Assert.That(stderr.Ready.Wait(Patience), Is.True, "the prompt never asked for a continuation line");
        runtime.Interpreter.RequestInterrupt();
        typed.Release();
        Assert.That(session.Wait(Patience), Is.True, "the session did not end");
        Assert.Multiple(() =>
        {
            Assert.That(stdout.ToString(), Is.EqualTo("after\n"));
            Assert.That(stderr.ToString(), Is.EqualTo(">>> ... \nKeyboardInterrupt\n>>> >>> \n"));
            Assert.That(session.Result, Is.Zero);
        });
    }

    /// <summary>The whole way, on a real process: SIGINT, the traceback, and death by the signal (which .NET reports as 130).</summary>
    [Test]
    public void TheSignalEndsTheProcessAsCPythonDoes()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("SIGINT is a POSIX signal");
        }

        if (SigIntIgnored())
        {
            Assert.Ignore("SIGINT is ignored here (a background job), and a child process inherits that, as it does for CPython");
        }

        var script = Path.Combine(Path.GetTempPath(), $"interrupt_{Guid.NewGuid():N}.py");
        File.WriteAllText(script, "print('ready', flush=True)\nwhile True:\n    pass\n");
        try
        {
            using var process = ViperProcess.Start(script);
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.That(process.StandardOutput.ReadLine(), Is.EqualTo("ready"));
            Assert.That(Kill(process.Id, 2), Is.Zero);
            Assert.That(process.WaitForExit(Patience), Is.True, "viper did not end after SIGINT");
            Assert.Multiple(() =>
            {
                Assert.That(process.ExitCode, Is.EqualTo(130));
                Assert.That(stderr.Result, Is.EqualTo(
                    "Traceback (most recent call last):\n" +
                    $"  File \"{script}\", line 2, in <module>\n" +
                    "    while True:\n" +
                    "KeyboardInterrupt\n"));
            });
        }
        finally
        {
            File.Delete(script);
        }
    }

    private sealed record InterruptedRun(string Stdout, string Stderr, int ExitCode, bool EndedByKeyboardInterrupt);

    private static InterruptedRun RunInterrupted(string program, Tier tier, int interrupts, Func<Runtime.Vm.Interpreter, TextReader>? input = null, Action? afterInterrupts = null)
    {
        var stdout = new ReadyWriter("ready\n") { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions { Argv = ["interrupted.py"] }, stdout, stderr);
        runtime.Interpreter.TierHook = LazyJitHook.ForTier(tier.Name, tier.Threshold, tier.DumpIl, tier.Stats, runtime);
        if (input is not null)
        {
            runtime.Input = input(runtime.Interpreter);
        }

        var run = Task.Run(() => ScriptHost.RunSource(runtime, program, "interrupted.py"));
        for (var i = 0; i < interrupts; i++)
        {
            Assert.That(stdout.Ready.Wait(Patience), Is.True, $"the program never got ready for interrupt {i + 1}: {stdout}{stderr}");

            // Let the program reach its loop or wait; an earlier request is raised at the first check anyway.
            Thread.Sleep(50);
            Assert.That(runtime.Interpreter.RequestInterrupt(), Is.True);
        }

        afterInterrupts?.Invoke();
        Assert.That(run.Wait(Patience), Is.True, $"the program did not end: {stdout}{stderr}");
        return new InterruptedRun(stdout.ToString(), stderr.ToString(), run.Result, runtime.EndedByKeyboardInterrupt);
    }

    private static bool SigIntIgnored()
    {
        const string StatusFile = "/proc/self/status";
        if (!File.Exists(StatusFile))
        {
            return false;
        }

        var line = File.ReadLines(StatusFile).FirstOrDefault(text => text.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (2 - 1))) != 0;
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int processId, int signal);

    /// <summary>Output that counts each time <paramref name="marker"/> is written, for the test to wait on.</summary>
    private sealed class ReadyWriter(string marker) : StringWriter
    {
        private int _seen;

        public SemaphoreSlim Ready { get; } = new(0);

        public override void Write(char value)
        {
            base.Write(value);
            Count();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Count();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            Count();
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            base.Write(buffer);
            Count();
        }

        private void Count()
        {
            var text = GetStringBuilder().ToString();
            var seen = 0;
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                seen++;
            }

            for (; _seen < seen; _seen++)
            {
                Ready.Release();
            }
        }
    }

    /// <summary>A terminal nobody types at until the test releases <paramref name="typed"/>; then it has <paramref name="text"/>.</summary>
    private sealed class BlockingInput(SemaphoreSlim typed, string text) : TextReader
    {
        private readonly StringReader _text = new(text);
        private bool _released;

        public override int Read(char[] buffer, int index, int count)
        {
            if (!_released)
            {
                typed.Wait();
                _released = true;
            }

            return _text.Read(buffer, index, count);
        }
    }

    /// <summary>Lines already typed, then a terminal.</summary>
    private sealed class PrefixedInput(string typed, TextReader rest) : TextReader
    {
        private readonly StringReader _typed = new(typed);

        public override int Read(char[] buffer, int index, int count) =>
            _typed.Peek() >= 0 ? _typed.Read(buffer, index, count) : rest.Read(buffer, index, count);
    }
}
