using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The VM's side of tiering: counting calls, handing hot code to the tier hook, calling compiled
/// entries, moving a running frame into compiled code at a loop header, and the services compiled
/// code calls back for (frame depth, calls, method calls).
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Frames running in compiled code; they have no VM frame but count toward the recursion limit.</summary>
    private int _compiledDepth;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountCall(CodeObject code, PyDict globals)
    {
        if (++code.CallCount == _callThreshold)
        {
            _tierHook?.OnHot(code, globals);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CompiledCode? CompiledFor(CodeObject code, PyDict globals) =>
        code.CompiledEntry is CompiledCode compiled && ReferenceEquals(compiled.Globals, globals) ? compiled : null;

    /// <summary>Calls compiled code with the arguments at <paramref name="argBase"/>, binding them as the VM would.</summary>
    private Value CallCompiled(CompiledCode compiled, PyFunction function, int argBase, int argCount, string[]? keywordNames)
    {
        BindArguments(function, argBase, argCount, keywordNames);
        return compiled.Entry(this, function, _stack, argBase, 0);
    }

    /// <summary>
    /// A back edge's slow path. An interrupt request raises KeyboardInterrupt at the back edge.
    /// Otherwise on-stack replacement: compiles the frame's code if needed and, when it can resume
    /// at <paramref name="loopHeader"/>, pops the VM frame and runs the rest of the call in compiled
    /// code, which takes the frame's window as its state. The caller then returns
    /// <paramref name="result"/> as if the frame had executed RETURN.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryEnterCompiledLoop(Frame frame, int backEdge, int loopHeader, out Value result)
    {
        var code = frame.Code;
        result = default;
        if (InterruptRequested)
        {
            frame.Pc = backEdge;
            throw TakeInterrupt();
        }

        if (_tierHook is null)
        {
            code.BackEdgeCount = 0;
            return false;
        }

        // The count is reset after the hook has seen it: it tells the compiler that the loop has
        // run in the VM, so the operand types the VM recorded mean something.
        if (code.CompiledEntry is null)
        {
            _tierHook.OnHot(code, frame.Globals);
        }

        code.BackEdgeCount = 0;

        if (CompiledFor(code, frame.Globals) is not { } compiled || !compiled.LoopHeaders.Contains(loopHeader))
        {
            return false;
        }

        // Calls made by the compiled code reuse this frame's pool entry; the VM still needs to know
        // where the popped frame returns to (and, for an __init__ a class call entered, the instance).
        var returnSlot = frame.ReturnSlot;
        var resumePc = frame.ResumePc;
        var initInstance = frame.InitInstance;
        _frameCount--;
        _enteringLoop = true;
        try
        {
            result = ThrowIfPending(compiled.Entry(this, frame.Function, _stack, frame.Base, loopHeader));
        }
        finally
        {
            _enteringLoop = false;
        }

        frame.ReturnSlot = returnSlot;
        frame.ResumePc = resumePc;
        frame.InitInstance = initInstance;
        return true;
    }

    /// <summary>
    /// A compiled frame starts: RecursionError at the limit, exactly where the VM would push a
    /// frame. Compiled frames live on the .NET stack, which a limit raised far enough
    /// (<c>sys.setrecursionlimit(10**9)</c>) would overflow, and .NET cannot catch that: every
    /// 32nd level also checks the stack has room (the check costs a few nanoseconds, too much for
    /// every call). Returns the compiled depth outside this frame, which the frame's normal exit
    /// hands to <see cref="LeaveCompiledFrame(int)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int EnterCompiledFrame()
    {
        var outer = _compiledDepth;
        var depth = _frameCount + outer;
        if (depth >= _depthLimit || ((depth & 31) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            CompiledFrameRefused(depth);
        }

        _compiledDepth = outer + 1;
        return outer;
    }

    /// <summary>
    /// Whether one more compiled frame would pass <see cref="EnterCompiledFrame"/> without its
    /// refusal: a caller that does a callee's base case in place of the call (it can neither raise
    /// nor grow the .NET stack) asks this first and makes the real call when not, so RecursionError
    /// and a waiting KeyboardInterrupt come exactly where the call would have raised them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool CompiledFrameFits() => _frameCount + _compiledDepth < _depthLimit;

    /// <summary>A compiled frame left by an exception.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void LeaveCompiledFrame() => _compiledDepth--;

    /// <summary>
    /// A compiled frame returns: the depth goes back to what <see cref="EnterCompiledFrame"/>
    /// returned (the frames it called have all left by then). A store rather than a decrement:
    /// with deep recursion every call's entry reads the counter its sibling's exit just wrote, and a
    /// read-modify-write at each exit made that a second memory round trip per call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void LeaveCompiledFrame(int outerDepth) => _compiledDepth = outerDepth;

    /// <summary>
    /// <c>receiver.name(*args)</c> from compiled code, through the instruction's method cache as
    /// CALL_METHOD does. <paramref name="receiverAndArgs"/> starts with the receiver; the offset in
    /// <paramref name="pc"/> is one past the call while the attribute is looked up, as in the VM.
    /// </summary>
    internal Value CallMethod(CodeState state, CodeObject code, int nameIndex, int cacheIndex, ReadOnlySpan<Value> receiverAndArgs, ref int pc)
    {
        var callee = LookupMethodAt(state, code, nameIndex, cacheIndex, ref pc, receiverAndArgs[0], out var includesReceiver);
        return CallFoundMethod(callee, includesReceiver, receiverAndArgs);
    }

    /// <summary>CALL_METHOD's lookup from compiled code, reporting errors at the attribute (one past the call), as the VM does.</summary>
    internal static Value LookupMethodAt(CodeState state, CodeObject code, int nameIndex, int cacheIndex, ref int pc, Value receiver, out bool includesReceiver)
    {
        pc++;
        var callee = LookupMethod(state, code, receiver, nameIndex, cacheIndex, out includesReceiver);
        pc--;
        return callee;
    }

    /// <summary>Calls what CALL_METHOD's lookup found: with the receiver first when <paramref name="includesReceiver"/>, else without it.</summary>
    internal Value CallFoundMethod(Value callee, bool includesReceiver, ReadOnlySpan<Value> receiverAndArgs)
    {
        var args = includesReceiver ? receiverAndArgs : receiverAndArgs[1..];
        if (callee.Ref is PyBuiltinFunction { Intrinsic: BuiltinIntrinsic.ListAppend } && args.Length == 2 && args[0].Ref is PyList list)
        {
            list.Append(args[1]);
            return Value.None;
        }

        return Call(callee, args);
    }
}
