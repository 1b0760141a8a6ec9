using Viper.Bytecode.Code;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Tiering;

/// <summary>
/// Installs compiled code once .NET has compiled it to machine code, which it does on a thread of
/// its own. .NET compiles a <c>DynamicMethod</c> on its first call, and for a typical function that
/// takes milliseconds (more than lowering it did) which the VM's thread would otherwise stand still
/// for. Until the code is installed the VM goes on running it, so this changes when code switches
/// tiers, never what it does.
/// </summary>
internal sealed class BackgroundInstaller
{
    /// <summary>How long the worker waits for more work before its thread ends.</summary>
    private const int IdleMilliseconds = 200;

    /// <summary>Work items as objects: a queue of tuples is framework generic code ReadyToRun cannot precompile.</summary>
    private readonly Queue<PendingInstall> _pending = new();
    private readonly List<(string Name, string Reason)> _failures = [];
    private bool _workerRunning;

    /// <summary>
    /// Queues <paramref name="compiled"/> (a <see cref="CompiledCode"/> or <see cref="CompiledGenerator"/>)
    /// to be compiled by .NET, by calling <paramref name="warmUp"/>, and then installed on <paramref name="code"/>.
    /// </summary>
    public void Enqueue(CodeObject code, object compiled, Action warmUp)
    {
        lock (_pending)
        {
            _pending.Enqueue(new PendingInstall(code, compiled, warmUp));
            if (_workerRunning)
            {
                Monitor.Pulse(_pending);
                return;
            }

            _workerRunning = true;
        }

        new Thread(Work) { IsBackground = true, Name = "Viper CIL tier" }.Start();
    }

    /// <summary>The code objects whose compiled code .NET rejected since the last call, and why; they stay in the VM.</summary>
    public List<(string Name, string Reason)> TakeFailures()
    {
        lock (_failures)
        {
            if (_failures.Count == 0)
            {
                return [];
            }

            var failures = new List<(string Name, string Reason)>(_failures);
            _failures.Clear();
            return failures;
        }
    }

    private void Work()
    {
        while (TryTake() is { } pending)
        {
            var code = pending.Code;
            try
            {
                // No interpreter: the entry and the body it calls return at once (see
                // FunctionLowering.EmitBody), and both have been compiled by then.
                pending.WarmUp();
                code.CompiledEntry = pending.Compiled;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                lock (_failures)
                {
                    _failures.Add((code.QualifiedName, error.Message));
                }
            }
        }
    }

    private PendingInstall? TryTake()
    {
        lock (_pending)
        {
            if (_pending.Count == 0)
            {
                Monitor.Wait(_pending, IdleMilliseconds);
            }

            if (_pending.Count == 0)
            {
                _workerRunning = false;
                return null;
            }

            return _pending.Dequeue();
        }
    }

    private sealed record PendingInstall(CodeObject Code, object Compiled, Action WarmUp);
}
