using System.Reflection;
using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The state of one Python thread: a contiguous value stack whose windows are the frames' slots,
/// and the pooled frame records. Python-to-Python calls push a window and stay in the same
/// dispatch loop (see <see cref="Execute"/>), so Python recursion never recurses in .NET; depth is
/// bounded by <see cref="RecursionLimit"/>.
/// </summary>
public sealed partial class Interpreter
{
    private Value[] _stack = new Value[1024];
    private Frame[] _frames = new Frame[64];
    private int _frameCount;
    private ITierHook? _tierHook;
    private int _callThreshold = int.MaxValue;
    private volatile int _backEdgeThreshold = int.MaxValue;
    private Func<int, Value>? _tieredDispatchLoop;

    public Interpreter(PythonRuntime runtime)
    {
        Runtime = runtime;
    }

    public PythonRuntime Runtime { get; }

    public ITierHook? TierHook
    {
        get => _tierHook;
        set
        {
            _tierHook = value;
            _callThreshold = value?.Threshold ?? int.MaxValue;
            _backEdgeThreshold = value?.BackEdgeThreshold ?? int.MaxValue;

            // With no tier above it the VM runs the whole program, which its run-time compiled copy suits.
            _tieredDispatchLoop = value is null ? TieredDispatchLoop() : null;
        }
    }

    /// <summary>The dispatch loop's run-time compiled copy, bound to this interpreter: made by reflection, which the precompiler does not follow.</summary>
    private Func<int, Value> TieredDispatchLoop() =>
        typeof(Interpreter).GetMethod(nameof(Execute), BindingFlags.Instance | BindingFlags.NonPublic)!
            .MakeGenericMethod(typeof(DispatchLoopCopies.TieredLoop))
            .CreateDelegate<Func<int, Value>>(this);

    /// <summary>The interpreter running on this thread, for operations that call special methods written in Python.</summary>
    public static Interpreter Current => _current ?? throw new InvalidOperationException("No interpreter is running on this thread.");

    [ThreadStatic]
    private static Interpreter? _current;

    /// <summary>Python frames active: the VM's own and those running in compiled code.</summary>
    public int Depth => _frameCount + _compiledDepth;

    /// <summary>Runs a module body (or REPL input) in the given globals and returns its value.</summary>
    public Value RunModule(CodeObject code, PyDict globals)
    {
        StackGuard.Attach(this);
        _current = this;
        if (_frameCount == 0)
        {
            // A fresh program or REPL input handles no exception, whatever an earlier one left.
            _handledException = null;
        }

        CountCall(code, globals);
        if (CompiledFor(code, globals) is { } compiled)
        {
            return ThrowIfPending(compiled.Entry(this, null, _stack, StackTop(), 0));
        }

        var frame = PushFrame(code, globals, StackTop(), returnSlot: -1);
        frame.Pc = 0;
        return Run(_frameCount - 1);
    }

    /// <summary>Calls any callable from C# (a builtin calling back into Python, the REPL, tests).</summary>
    public Value Call(Value callable, ReadOnlySpan<Value> args, string[]? keywordNames = null)
    {
        if (callable.Ref is PyFunction function)
        {
            if (keywordNames is null && args.Length == function.Code.ExactArgCount && IsGeneratorCode(function.Code))
            {
                return MakeGeneratorExact(function, default, args);
            }

            var argBase = StackTop();
            EnsureStack(argBase + args.Length + function.Code.FrameSize);
            ValueCopy.Copy(args, _stack.AsSpan(argBase));
            if (IsGeneratorCode(function.Code))
            {
                return MakeGenerator(function, argBase, args.Length, keywordNames);
            }

            CountCall(function.Code, function.Globals);
            if (CompiledFor(function.Code, function.Globals) is { } compiled)
            {
                return ThrowIfPending(CallCompiled(compiled, function, argBase, args.Length, keywordNames));
            }

            EnterFunction(function, argBase, args.Length, keywordNames, returnSlot: -1);
            return Run(_frameCount - 1);
        }

        // A class whose __init__ is a Python function: the instance and __init__, with no argument array or bound method.
        if (callable.Ref is PyType { IsBuiltin: false } cls && Instantiation.InlineInit(cls) is { } init && !IsGeneratorCode(init.Code))
        {
            var instance = new PyInstance(cls);
            return InitResult(instance, CallWithSelf(Value.FromObject(init), Value.FromObject(instance), args, keywordNames));
        }

        return CallNative(callable, new CallArgs(args, keywordNames));
    }

    /// <summary>Calls <c>callable(self, *args)</c> without building the argument array, for methods found on a type.</summary>
    public Value CallWithSelf(Value callable, Value self, ReadOnlySpan<Value> args, string[]? keywordNames = null)
    {
        if (callable.Ref is PyFunction function)
        {
            if (keywordNames is null && args.Length + 1 == function.Code.ExactArgCount && IsGeneratorCode(function.Code))
            {
                return MakeGeneratorExact(function, self, args);
            }

            var argBase = StackTop();
            EnsureStack(argBase + args.Length + 1 + function.Code.FrameSize);
            _stack[argBase] = self;
            ValueCopy.Copy(args, _stack.AsSpan(argBase + 1));
            if (IsGeneratorCode(function.Code))
            {
                return MakeGenerator(function, argBase, args.Length + 1, keywordNames);
            }

            CountCall(function.Code, function.Globals);
            if (CompiledFor(function.Code, function.Globals) is { } compiled)
            {
                return ThrowIfPending(CallCompiled(compiled, function, argBase, args.Length + 1, keywordNames));
            }

            EnterFunction(function, argBase, args.Length + 1, keywordNames, returnSlot: -1);
            return Run(_frameCount - 1);
        }

        var all = new Value[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return CallNative(callable, new CallArgs(all, keywordNames));
    }

    private int StackTop() =>
        _frameCount == 0 ? 0 : _frames[_frameCount - 1].Base + _frames[_frameCount - 1].Code.FrameSize;

    private void EnsureStack(int size)
    {
        if (size > _stack.Length)
        {
            Array.Resize(ref _stack, Math.Max(size, _stack.Length * 2));
        }
    }

    /// <summary>The frame of a module body or of code run by <c>exec</c> or <c>eval</c>: no function.</summary>
    private Frame PushFrame(CodeObject code, PyDict globals, int frameBase, int returnSlot)
    {
        EnsureFrameRoom();

        var frame = NextFrame();
        frame.Code = code;
        frame.State = CodeState.For(code);
        frame.Globals = globals;
        frame.Function = null;
        frame.Locals = null;
        frame.Base = frameBase;
        frame.Pc = 0;
        frame.ResumePc = 0;
        frame.ReturnSlot = returnSlot;
        EnsureStack(frameBase + code.FrameSize);
        _frameCount++;
        return frame;
    }

    private void PopFrame() => _frameCount--;

    /// <summary>
    /// The common call's frame, inline in the dispatch loop: the arguments already sit where the
    /// callee's window starts, one per parameter (a caller whose call leaves parameters to their
    /// defaults stores them next, see <see cref="PyFunction.TakesPositionally"/>), so only the other
    /// locals are cleared, and a pooled frame that last ran the same function keeps its code, state
    /// and globals. Null when the frame pool or the value stack has no room or the recursion limit
    /// is reached, which <see cref="EnterFunction"/> handles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Frame? PushExactCall(PyFunction function, int calleeBase, int returnSlot, int resumePc)
    {
        var code = function.Code;
        var stack = _stack;
        var pooled = _frameCount < _frames.Length ? _frames[_frameCount] : null;
        if (pooled is null || _frameCount + _compiledDepth >= _depthLimit || calleeBase + code.FrameSize > stack.Length)
        {
            return null;
        }

        for (var local = calleeBase + code.ExactArgCount; local < calleeBase + code.LocalCount; local++)
        {
            stack[local] = default;
        }

        if (!ReferenceEquals(pooled.Function, function))
        {
            pooled.Function = function;
            pooled.Code = code;
            pooled.State = function.State;
            pooled.Globals = function.Globals;
        }

        pooled.Base = calleeBase;
        pooled.ReturnSlot = returnSlot;
        pooled.ResumePc = resumePc;
        _frameCount++;
        return pooled;
    }

    /// <summary>The defaults of the parameters from <paramref name="given"/> on, into their slots of <paramref name="parameters"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void StoreDefaults(PyFunction function, Span<Value> parameters, int given)
    {
        for (var slot = given; slot < parameters.Length; slot++)
        {
            parameters[slot] = function.DefaultOf(slot);
        }
    }

    /// <summary>
    /// Pushes a frame for a Python function whose arguments already sit at <paramref name="argBase"/>
    /// (the callee's window starts right on them), binding defaults and keywords with CPython's errors.
    /// </summary>
    private Frame EnterFunction(PyFunction function, int argBase, int argCount, string[]? keywordNames, int returnSlot)
    {
        BindArguments(function, argBase, argCount, keywordNames);
        return PushFunctionFrame(function, argBase, returnSlot);
    }

    /// <summary>
    /// A Python function's frame. The pooled frame at this depth keeps the function it last ran
    /// (as <see cref="PushExactCall"/>'s do), so its code, state and globals are stored, with their
    /// write barriers, only when it last ran something else: a loop resuming a generator, or a
    /// builtin calling a key function or a special method item after item, pushes it at the same
    /// depth each time. The test and its four stores are written out here and in PushExactCall:
    /// shared through a method of <see cref="Frame"/>, the dispatch loop's own calls ran 3–10%
    /// slower in the VM (perf/scripts/call_binding_costs.py).
    /// </summary>
    private Frame PushFunctionFrame(PyFunction function, int frameBase, int returnSlot)
    {
        EnsureFrameRoom();
        var frame = NextFrame();
        var code = function.Code;
        if (!ReferenceEquals(frame.Function, function))
        {
            frame.Function = function;
            frame.Code = code;
            frame.State = function.State;
            frame.Globals = function.Globals;
        }

        frame.Base = frameBase;
        frame.Pc = 0;
        frame.ResumePc = 0;
        frame.ReturnSlot = returnSlot;
        EnsureStack(frameBase + code.FrameSize);
        _frameCount++;
        return frame;
    }

    /// <summary>Turns the arguments at <paramref name="argBase"/> into the callee's bound parameter slots.</summary>
    private void BindArguments(PyFunction function, int argBase, int argCount, string[]? keywordNames)
    {
        var code = function.Code;
        EnsureStack(argBase + Math.Max(code.FrameSize, argCount));
        var positional = argCount - (keywordNames?.Length ?? 0);
        if (keywordNames is null && positional == code.ExactArgCount)
        {
            _stack.AsSpan(argBase + positional, code.LocalCount - positional).Clear();
        }
        else
        {
            ArgumentBinder.Bind(function, _stack.AsSpan(argBase, Math.Max(code.FrameSize, argCount)), positional, keywordNames);
        }
    }

    /// <summary>
    /// Runs frames from the top one until the frame at <paramref name="entryFrame"/> returns. An
    /// exception a handler in these frames takes resumes the loop there; any other leaves with
    /// these frames popped and recorded in its traceback.
    /// </summary>
    private Value Run(int entryFrame)
    {
        while (true)
        {
            PythonException error;
            try
            {
                // A run inside a run (a builtin or special method calling Python code) nests on
                // the .NET stack, which a raised recursion limit could otherwise overflow.
                if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    throw PyErrors.RecursionError();
                }

                return _tieredDispatchLoop is { } tiered ? tiered(entryFrame) : Execute<DispatchLoopCopies.PrecompiledLoop>(entryFrame);
            }
            catch (PythonException caught)
            {
                error = caught;
            }
            catch (InsufficientExecutionStackException)
            {
                error = PyErrors.RecursionError();
            }
            catch (OutOfMemoryException)
            {
                // An allocation too large for .NET is the MemoryError CPython raises for it.
                error = PyErrors.New(ExceptionTypes.MemoryError, "");
            }

            // A raise instruction that found no handler has already popped this run's frames.
            if (_frameCount <= entryFrame)
            {
                throw error;
            }

            if (error.Value.Traceback.Count == 0)
            {
                ExceptionRaising.SetContext(error.Value, _handledException);
            }

            var delivered = error.Value;
            if (!Deliver(ref delivered, entryFrame, reraise: false))
            {
                throw ReferenceEquals(delivered, error.Value) ? error : new PythonException(delivered);
            }
        }
    }
}
