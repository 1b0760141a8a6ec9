using System.Reflection.Emit;
using Viper.IlJit.Emission;
using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Exceptions leaving a body without a .NET throw (see <c>Interpreter.PendingRaise</c>). A raise
/// that no handler of the frame takes parks the exception, with the frame's traceback entry, and
/// the body returns the pending-raise marker. After each call that may reach a compiled body or
/// <c>next</c>, and after the helpers that park their common failure themselves (an attribute
/// missing from an instance, a division by zero), the code tests for the marker and treats the
/// parked exception as raised there: to its own handler, or parked again with its own entry. A long
/// entry returns the marker as a value that is not a small int. Generators and class bodies, which
/// have their own exits, throw it instead, into their own catch, as before.
/// </summary>
internal sealed partial class FunctionLowering
{
    private IlLabel? _pendingCall;
    private IlLabel? _raiseExit;
    private IlLocal? _raised;
    private IlLocal? _callResult;

    private bool ParksRaises => !IsGenerator && _outerClassFrame is null;

    /// <summary>
    /// Leaves the frame with the exception on the stack, raised at the offset in the pc local; a
    /// re-raise records no traceback entry for this frame (see <see cref="DeclareReraising"/>).
    /// </summary>
    private void LeaveWithRaise(bool reraise)
    {
        if (reraise)
        {
            _il.LdcI4(1);
            _il.Stloc(_reraising!);
        }

        ThrowOrParkFromStack();
    }

    /// <summary>The exception on the stack: thrown where raises are not parked, else taken to the raise exit.</summary>
    private void ThrowOrParkFromStack()
    {
        if (!ParksRaises)
        {
            _il.Throw();
            return;
        }

        _raised ??= _il.DeclareLocal(typeof(Exception), "raised");
        _raiseExit ??= _il.DefineLabel();
        _il.Stloc(_raised);
        _il.Branch(OpCodes.Br, _raiseExit);
    }

    /// <summary>After a call whose result is on the stack: the result stays there, unless it is the pending-raise marker.</summary>
    private void EmitPendingRaiseCheck()
    {
        _callResult ??= _il.DeclareLocal(typeof(Value), "callResult");
        _pendingCall ??= _il.DefineLabel();
        _il.Stloc(_callResult);
        _il.Ldloc(_callResult);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.IsPendingRaise)));
        _il.Branch(OpCodes.Brtrue, _pendingCall);
        _il.Ldloc(_callResult);
    }

    /// <summary>The shared exits of <see cref="LeaveWithRaise"/> and <see cref="EmitPendingRaiseCheck"/>, inside the protected region.</summary>
    private void EmitRaiseExits()
    {
        if (_pendingCall is { } pendingCall)
        {
            _il.MarkLabel(pendingCall);
            _il.Ldarg(InterpreterArg);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.TakePendingRaise)));
            ThrowOrParkFromStack();
        }

        if (_raiseExit is not { } raiseExit)
        {
            return;
        }

        _il.MarkLabel(raiseExit);
        if (_handlesExceptions)
        {
            // Resumes at this frame's handler when one takes the exception; else falls through with it delivered.
            EmitHandlerSearch(_raised!);
        }
        else
        {
            _il.Ldloc(_raised!);
            EmitTracebackEntry();
            _il.Stloc(_raised!);
        }

        if (_longEntry)
        {
            // The marker is a value that is not a small int: the caller fetches it as such (see LongEntry).
            _il.Ldarg(ClosureArg);
        }

        _il.Ldarg(InterpreterArg);
        _il.Ldloc(_raised!);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ParkRaise)));
        if (_longEntry)
        {
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ReturnAsLong)));
            _il.Stloc(_longResult!);
        }
        else
        {
            _il.Stloc(_result);
        }

        _il.Leave(_exit);
    }
}
