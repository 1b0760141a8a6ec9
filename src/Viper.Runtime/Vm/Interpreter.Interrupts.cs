using System.Diagnostics;
using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;

namespace Viper.Runtime.Vm;

/// <summary>
/// Ctrl-C. The host asks for an interrupt from its signal handler, on another thread; the program
/// gets <c>KeyboardInterrupt</c> at the next point CPython would check: a loop's back edge, a call,
/// or a wait (<c>time.sleep</c>, reading standard input). The hot paths pay nothing for it: a request
/// drops the recursion limit and the back-edge threshold the VM and compiled code already compare
/// against, so the next call or back edge takes its slow path, which finds the request. Compiled
/// loops, which count nothing, test <see cref="PendingInterrupts"/> at their headers.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Set by <see cref="RequestInterrupt"/>, cleared when the program is given the KeyboardInterrupt.</summary>
    internal volatile bool InterruptRequested;

    /// <summary>Requests of every interpreter in the process not yet taken, which compiled loops poll.</summary>
    internal static int PendingInterrupts;

    private int _recursionLimit = 1000;

    /// <summary>What calls compare their depth against: the recursion limit, or below any depth while an interrupt waits.</summary>
    private volatile int _depthLimit = 1000;

    private ManualResetEventSlim? _interruptWake;

    /// <summary>Python frames allowed at once, the module's included, as <c>sys.setrecursionlimit</c> sets it.</summary>
    public int RecursionLimit
    {
        get => _recursionLimit;
        set
        {
            _recursionLimit = value;
            _depthLimit = InterruptRequested ? -1 : value;
        }
    }

    /// <summary>
    /// Asks the running program to raise KeyboardInterrupt; safe from any thread. False when an
    /// earlier request has not been taken yet: the program is stuck where it cannot take it (in a
    /// long computation inside one builtin), and the host may then end the process instead.
    /// </summary>
    public bool RequestInterrupt()
    {
        if (InterruptRequested)
        {
            return false;
        }

        InterruptRequested = true;
        Interlocked.Increment(ref PendingInterrupts);
        _depthLimit = -1;
        _backEdgeThreshold = int.MinValue;
        Volatile.Read(ref _interruptWake)?.Set();
        return true;
    }

    /// <summary>Raises the KeyboardInterrupt asked for, if one was; the program's state is as it was.</summary>
    public void ThrowIfInterrupted()
    {
        if (InterruptRequested)
        {
            throw TakeInterrupt();
        }
    }

    /// <summary>The KeyboardInterrupt a request asked for, with the limits set back.</summary>
    internal PythonException TakeInterrupt()
    {
        InterruptRequested = false;
        Interlocked.Decrement(ref PendingInterrupts);
        _depthLimit = _recursionLimit;
        _backEdgeThreshold = _tierHook?.BackEdgeThreshold ?? int.MaxValue;
        _interruptWake?.Reset();
        return new PythonException(new PyBaseException(ExceptionTypes.KeyboardInterrupt, []));
    }

    /// <summary>
    /// Set while a VM frame moves into compiled code at a loop header (on-stack replacement): the VM
    /// frame is gone and the compiled one not yet in its protected region, so a KeyboardInterrupt
    /// raised by its depth check would carry no line of the frame at all. Its loop header's poll
    /// raises it instead.
    /// </summary>
    private bool _enteringLoop;

    /// <summary>Before a frame is pushed or a compiled generator resumed: RecursionError at the limit, or the KeyboardInterrupt waiting.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureFrameRoom()
    {
        if (_frameCount + _compiledDepth >= _depthLimit)
        {
            throw DepthExceeded();
        }
    }

    /// <summary>A call found the depth at its limit: RecursionError, unless the limit was dropped for an interrupt.</summary>
    private PythonException DepthExceeded() => InterruptRequested ? TakeInterrupt() : PyErrors.RecursionError();

    /// <summary>A compiled frame's depth check failed: the recursion limit, the .NET stack, or an interrupt request.</summary>
    private void CompiledFrameRefused(int depth)
    {
        if (depth >= _recursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw PyErrors.RecursionError();
        }

        if (InterruptRequested && !_enteringLoop)
        {
            throw TakeInterrupt();
        }

        _enteringLoop = false;
    }

    /// <summary>Waits <paramref name="duration"/>, or until an interrupt is asked for, which it raises.</summary>
    public void SleepInterruptibly(TimeSpan duration)
    {
        var wake = InterruptWake();
        ThrowIfInterrupted();
        var clock = Stopwatch.StartNew();
        while (duration - clock.Elapsed is var left && left > TimeSpan.Zero)
        {
            // One wait takes at most int.MaxValue milliseconds; CPython sleeps for up to 292 years.
            if (wake.Wait(left.TotalMilliseconds < int.MaxValue ? left : TimeSpan.FromMilliseconds(int.MaxValue)))
            {
                ClearStaleWake(wake);
            }
        }
    }

    /// <summary>Waits for <paramref name="task"/>, or until an interrupt is asked for, which it raises (the task goes on, for the caller to wait on again).</summary>
    public T WaitInterruptibly<T>(Task<T> task)
    {
        var wake = InterruptWake();
        ThrowIfInterrupted();
        while (!task.IsCompleted)
        {
            if (WaitHandle.WaitAny([((IAsyncResult)task).AsyncWaitHandle, wake.WaitHandle]) == 1)
            {
                ClearStaleWake(wake);
            }
        }

        // A request that came while the task finished still wins; the task keeps its result.
        ThrowIfInterrupted();
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The wake event was set: an interrupt to raise, or one the program took elsewhere between its
    /// request and the event, which would otherwise keep every later wait from blocking.
    /// </summary>
    private void ClearStaleWake(ManualResetEventSlim wake)
    {
        ThrowIfInterrupted();
        wake.Reset();
        ThrowIfInterrupted();
    }

    private ManualResetEventSlim InterruptWake()
    {
        if (Volatile.Read(ref _interruptWake) is { } wake)
        {
            return wake;
        }

        Interlocked.CompareExchange(ref _interruptWake, new ManualResetEventSlim(InterruptRequested), null);
        return _interruptWake;
    }
}
