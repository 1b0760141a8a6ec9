using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Generators whose body the tier hook compiled. Such a generator has no VM frame: each resumption
/// calls its compiled body, which loads the saved slots, goes on from the yield and saves them again
/// at the next one. So every way of resuming it (FOR_ITER, a consuming builtin, <c>yield from</c>)
/// goes through <see cref="RunGenerator"/> rather than pushing the frame in the dispatch loop.
/// A generator suspended by the VM resumes in compiled code and the other way round: both keep the
/// same slots and yield offsets.
/// </summary>
public sealed partial class Interpreter
{
    private static CompiledGenerator? CompiledBodyOf(PyGenerator generator) =>
        generator.Function.Code.CompiledEntry is CompiledGenerator compiled && ReferenceEquals(compiled.Globals, generator.Function.Globals)
            ? compiled
            : null;

    /// <summary>Whether the dispatch loop must leave this generator to <see cref="RunGenerator"/> instead of running its frame inline.</summary>
    private static bool RunsCompiled(PyGenerator generator) => generator.Function.Code.CompiledEntry is CompiledGenerator;

    /// <summary>
    /// <see cref="RunGenerator"/> for a compiled body: true when it yields; false when it returns.
    /// An exception leaving the body finishes the generator, a StopIteration as CPython's RuntimeError.
    /// </summary>
    private bool RunCompiledGenerator(CompiledGenerator compiled, PyGenerator generator, int pc, int resumeSlot, Value sent, PyBaseException? thrown, out Value result)
    {
        // As when the VM cannot push the frame: the generator is left as it was.
        EnsureFrameRoom();

        if (resumeSlot >= 0)
        {
            generator.Slots[resumeSlot] = sent;
        }

        if (thrown is not null)
        {
            // Chained to what the generator's frame handles, as the VM raises it once the frame is entered.
            ExceptionRaising.SetContext(thrown, generator.HandledException ?? _handledException);
        }
        else if (generator.Delegate.Ref is not null && (Opcode)generator.Function.Code.Instructions[pc] == Opcode.YieldFrom)
        {
            return ForwardToDelegate(compiled, generator, pc, sent, out result);
        }

        return EnterCompiledGenerator(compiled, generator, pc, thrown, null, out result);
    }

    /// <summary>A compiled generator suspended at the YIELD_VALUE at <paramref name="pc"/> goes on after it, with <paramref name="sent"/> as the yield's value.</summary>
    private bool ResumeCompiledAfterYield(CompiledGenerator compiled, PyGenerator generator, int pc, Value sent, out Value result)
    {
        // As when the VM cannot push the frame: the generator is left as it was.
        EnsureFrameRoom();

        var words = generator.Function.Code.Instructions;
        generator.Slots[words[pc + 1]] = sent;
        return EnterCompiledGenerator(compiled, generator, pc + InstructionSet.LengthOf(Opcode.YieldValue), null, null, out result);
    }

    private bool EnterCompiledGenerator(CompiledGenerator compiled, PyGenerator generator, int pc, PyBaseException? thrown, ItemConsumer? consumer, out Value result)
    {
        generator.State = GeneratorState.Running;
        generator.Delegate = default;
        var outerHandled = _handledException;
        if (compiled.HandlesExceptions)
        {
            EnterHandledExceptionOf(generator);
        }

        try
        {
            result = compiled.Body(this, generator, pc, thrown, consumer);
        }
        catch (PythonException raised)
        {
            _handledException = outerHandled;
            FinishGenerator(generator);
            var error = StopIterationAsRuntimeError(raised.Value);
            if (ReferenceEquals(error, raised.Value))
            {
                throw;
            }

            throw new PythonException(error);
        }
        catch
        {
            _handledException = outerHandled;
            FinishGenerator(generator);
            throw;
        }

        if (compiled.HandlesExceptions)
        {
            LeaveHandledExceptionOf(generator, outerHandled);
        }

        if (generator.State == GeneratorState.Suspended)
        {
            return true;
        }

        FinishGenerator(generator);
        return false;
    }

    /// <summary>
    /// A generator's frame (or a compiled generator's body with handlers) is entered: the exception
    /// it was handling when it yielded (a yield inside an except block) is handled again.
    /// </summary>
    private void EnterHandledExceptionOf(PyGenerator generator)
    {
        if (generator.HandledException is { } handled)
        {
            _handledException = handled;
        }
    }

    /// <summary>The body returned or yielded: a suspended generator keeps what it handles, and its consumer's handled exception is back.</summary>
    private void LeaveHandledExceptionOf(PyGenerator generator, PyBaseException? outer)
    {
        generator.HandledException = generator.State == GeneratorState.Suspended && !ReferenceEquals(_handledException, outer) ? _handledException : null;
        _handledException = outer;
    }

    /// <summary>
    /// Resuming a compiled generator suspended in <c>yield from</c>: the sent value goes straight to
    /// its delegate, and while the delegate yields, the body is not entered at all (its slots are
    /// already saved), so an item from the bottom of a chain of delegating generators costs one
    /// call per level. The generator counts as a running frame meanwhile, as if its YIELD_FROM
    /// ran. When the delegate stops, the body goes on after the yield from with its return value;
    /// an exception from the delegate is raised in the body at the yield from, as the body's own
    /// YIELD_FROM would have let it out.
    /// </summary>
    private bool ForwardToDelegate(CompiledGenerator compiled, PyGenerator generator, int pc, Value sent, out Value result)
    {
        var words = generator.Function.Code.Instructions;
        generator.Slots[words[pc + 3]] = sent;
        PyBaseException? raised = null;
        bool yielded;
        generator.State = GeneratorState.Running;
        _compiledDepth++;
        var outerHandled = _handledException;
        if (compiled.HandlesExceptions)
        {
            EnterHandledExceptionOf(generator);
        }

        try
        {
            yielded = YieldFromNext(generator.Delegate, sent, out result);
        }
        catch (PythonException error)
        {
            raised = error.Value;
            yielded = false;
            result = default;
        }
        finally
        {
            _compiledDepth--;
            generator.State = GeneratorState.Suspended;
            if (compiled.HandlesExceptions)
            {
                LeaveHandledExceptionOf(generator, outerHandled);
            }
        }

        if (raised is not null)
        {
            return EnterCompiledGenerator(compiled, generator, pc, raised, null, out result);
        }

        if (yielded)
        {
            return true;
        }

        generator.Slots[words[pc + 1]] = result;
        return EnterCompiledGenerator(compiled, generator, pc + InstructionSet.LengthOf(Opcode.YieldFrom), null, null, out result);
    }

    /// <summary>
    /// A consuming builtin's loop over a generator (<c>sum(x for x in xs)</c>, <c>list(gen)</c>):
    /// a compiled generator runs with the consumer, taking each item it can quietly at the yield
    /// itself, so its body loops without suspending; other items, and other generators, go to
    /// <see cref="ItemConsumer.Accept"/> between resumptions, the generator suspended.
    /// </summary>
    internal Value DrainGenerator(PyGenerator generator, ItemConsumer consumer)
    {
        while (true)
        {
            Value item;
            var yielded = CompiledBodyOf(generator) is { } compiled && (generator.State == GeneratorState.Created
                || (generator.State == GeneratorState.Suspended && (Opcode)generator.Function.Code.Instructions[generator.Pc] == Opcode.YieldValue))
                ? ResumeConsumed(compiled, generator, consumer, out item)
                : ResumeGenerator(generator, Value.None, out item);

            // An unbound item: the consumer took the last one at the yield and wants no more.
            if (!yielded || item.Ref is null || !consumer.Accept(item))
            {
                return consumer.Finish();
            }
        }
    }

    /// <summary><see cref="ResumeGenerator"/> with a consumer, for a compiled generator created or suspended at a YIELD_VALUE.</summary>
    private bool ResumeConsumed(CompiledGenerator compiled, PyGenerator generator, ItemConsumer consumer, out Value result)
    {
        EnsureFrameRoom();

        var pc = 0;
        if (generator.State == GeneratorState.Suspended)
        {
            var words = generator.Function.Code.Instructions;
            generator.Slots[words[generator.Pc + 1]] = Value.None;
            pc = generator.Pc + InstructionSet.LengthOf(Opcode.YieldValue);
        }

        return EnterCompiledGenerator(compiled, generator, pc, null, consumer, out result);
    }

    /// <summary>
    /// A call from compiled code of a consuming builtin (<c>list(gen)</c>, <c>sum(gen)</c>, ...)
    /// whose iterable is a compiled generator: drained with the builtin's consumer, as the VM's own
    /// call does. False, with nothing done, for any other call.
    /// </summary>
    internal bool TryConsumeCompiledGenerator(Value callee, ReadOnlySpan<Value> args, out Value result)
    {
        if (ConsumerFactoryOf(callee) is { } factory)
        {
            var consumer = factory(this, new CallArgs(args, null), out var iterable);
            if (iterable.Ref is PyGenerator generator)
            {
                result = consumer.Drain(generator);
                return true;
            }
        }

        result = default;
        return false;
    }
}
