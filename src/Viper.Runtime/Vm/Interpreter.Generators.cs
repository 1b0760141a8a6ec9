using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Generators as suspended VM frames. Calling a generator function binds its arguments as any
/// call does, then copies the window into a new <see cref="PyGenerator"/> instead of running it.
/// Resuming pushes a frame on top of the stack and copies the saved slots in; YIELD_VALUE copies
/// them back out and pops the frame, handing the value to whoever resumed it. A FOR_ITER over a
/// generator resumes it in the dispatch loop itself, like a call whose return is the next item, and
/// so does a call of a consuming builtin (<c>sum</c>, <c>list</c>, <c>str.join</c>, ...; see
/// <see cref="ItemConsumer"/>), which takes each item in the caller's frame; everything else
/// (<c>next()</c>, <c>send()</c>, other builtins) runs it as a nested run. So a resumption
/// allocates nothing, and exception tables, tracebacks and frame depth work in generator frames
/// exactly as in any other.
/// </summary>
public sealed partial class Interpreter
{
    private static bool IsGeneratorCode(CodeObject code) => (code.Flags & CodeFlags.Generator) != 0;

    private static ConsumerFactory? ConsumerFactoryOf(Value callee) => callee.Ref switch
    {
        PyBuiltinFunction function => function.ItemConsumer,
        PyType type => type.ItemConsumer,
        _ => null,
    };

    /// <summary>Whether the dispatch loop's generator-consuming call would take one of the first <paramref name="count"/> (one or two) arguments from <paramref name="first"/> on.</summary>
    private static bool HasGeneratorArgument(ref Value first, int count) =>
        ExactType.Is<PyGenerator>(first.Ref) || (count > 1 && ExactType.Is<PyGenerator>(Unsafe.Add(ref first, 1).Ref));

    /// <summary>A call of a generator function: the arguments at <paramref name="argBase"/> are bound and saved in the generator.</summary>
    private Value MakeGenerator(PyFunction function, int argBase, int argCount, string[]? keywordNames)
    {
        BindArguments(function, argBase, argCount, keywordNames);
        var code = function.Code;
        CountCall(code, function.Globals);
        var slots = new Value[code.FrameSize];
        ValueCopy.Copy(_stack.AsSpan(argBase, code.LocalCount), slots);
        return Value.FromObject(new PyGenerator(this, function, slots));
    }

    /// <summary>
    /// A call of a generator function with exactly its positional parameters (<paramref name="self"/>
    /// first when bound): nothing to bind, so the arguments go straight into the generator's
    /// slots, without the round trip through the value stack <see cref="MakeGenerator"/> takes.
    /// </summary>
    private Value MakeGeneratorExact(PyFunction function, Value self, ReadOnlySpan<Value> args)
    {
        var code = function.Code;
        CountCall(code, function.Globals);
        var slots = new Value[code.FrameSize];
        if (self.IsBound)
        {
            slots[0] = self;
            ValueCopy.Copy(args, slots.AsSpan(1));
        }
        else
        {
            ValueCopy.Copy(args, slots);
        }

        return Value.FromObject(new PyGenerator(this, function, slots));
    }

    /// <summary><c>next()</c> or <c>send()</c>: true with the value it yields, false with its return value once it finishes.</summary>
    internal bool ResumeGenerator(PyGenerator generator, Value sent, out Value result)
    {
        // Every item after the first of a compiled generator (at every level of a chain of nested
        // ones): its body is entered at once, without the general dispatch below.
        if (generator.State == GeneratorState.Suspended && CompiledBodyOf(generator) is { } compiled)
        {
            var yieldWords = generator.Function.Code.Instructions;
            var yieldPc = generator.Pc;
            if ((Opcode)yieldWords[yieldPc] == Opcode.YieldValue)
            {
                return ResumeCompiledAfterYield(compiled, generator, yieldPc, sent, out result);
            }
        }

        switch (generator.State)
        {
            case GeneratorState.Running:
                throw PyErrors.ValueError("generator already executing");
            case GeneratorState.Finished:
                result = Value.None;
                return false;
            case GeneratorState.Created:
                if (!sent.IsNone)
                {
                    throw PyErrors.TypeError("can't send non-None value to a just-started generator");
                }

                return RunGenerator(generator, 0, -1, sent, null, out result);
        }

        var words = generator.Function.Code.Instructions;
        var pc = generator.Pc;

        // YIELD_FROM runs again to forward the value to its delegate; after YIELD_VALUE the frame goes on.
        return (Opcode)words[pc] == Opcode.YieldValue
            ? RunGenerator(generator, pc + InstructionSet.LengthOf(Opcode.YieldValue), words[pc + 1], sent, null, out result)
            : RunGenerator(generator, pc, words[pc + 3], sent, null, out result);
    }

    /// <summary>
    /// <c>throw()</c>: raises <paramref name="error"/> at the yield the generator is suspended at,
    /// or first in the iterator a <c>yield from</c> there delegates to, as CPython does.
    /// </summary>
    internal bool ThrowIntoGenerator(PyGenerator generator, PyBaseException error, out Value result)
    {
        switch (generator.State)
        {
            case GeneratorState.Running:
                throw PyErrors.ValueError("generator already executing");
            case GeneratorState.Finished:
                throw new PythonException(error);
            case GeneratorState.Created:
                return RunGenerator(generator, 0, -1, Value.None, error, out result);
        }

        var pc = generator.Pc;
        var words = generator.Function.Code.Instructions;
        var subIterator = generator.Delegate;
        if ((Opcode)words[pc] != Opcode.YieldFrom || subIterator.Ref is null)
        {
            return RunGenerator(generator, pc, -1, Value.None, error, out result);
        }

        var afterPc = pc + InstructionSet.LengthOf(Opcode.YieldFrom);
        if (error.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
        {
            // The delegate is closed first; an error closing it is raised in its place.
            generator.State = GeneratorState.Running;
            try
            {
                CloseIterator(subIterator);
            }
            catch (PythonException raised)
            {
                error = raised.Value;
            }

            generator.State = GeneratorState.Suspended;
            return RunGenerator(generator, pc, -1, Value.None, error, out result);
        }

        bool yielded;
        Value item;
        generator.State = GeneratorState.Running;
        try
        {
            if (subIterator.Ref is PyGenerator subGenerator)
            {
                yielded = ThrowIntoGenerator(subGenerator, error, out item);
            }
            else if (TryGetMethod(subIterator, "throw", out var throwMethod))
            {
                item = Call(throwMethod, [Value.FromObject(error)]);
                yielded = true;
            }
            else
            {
                // Without a throw method the exception is raised at the yield from itself.
                yielded = false;
                item = default;
            }
        }
        catch (PythonException raised)
        {
            generator.State = GeneratorState.Suspended;
            return raised.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration)
                ? RunGenerator(generator, afterPc, words[pc + 1], StopIterationValue(raised.Value), null, out result)
                : RunGenerator(generator, pc, -1, Value.None, raised.Value, out result);
        }

        generator.State = GeneratorState.Suspended;
        if (item.Ref is null)
        {
            return RunGenerator(generator, pc, -1, Value.None, error, out result);
        }

        if (yielded)
        {
            result = item;
            return true;
        }

        return RunGenerator(generator, afterPc, words[pc + 1], item, null, out result);
    }

    /// <summary><c>close()</c>: GeneratorExit at the yield; the generator must let it (or StopIteration) out, not yield again.</summary>
    internal void CloseGenerator(PyGenerator generator)
    {
        switch (generator.State)
        {
            case GeneratorState.Running:
                throw PyErrors.ValueError("generator already executing");
            case GeneratorState.Created or GeneratorState.Finished:
                FinishGenerator(generator);
                return;
        }

        bool yielded;
        try
        {
            yielded = ThrowIntoGenerator(generator, new PyBaseException(ExceptionTypes.GeneratorExit, []), out _);
        }
        catch (PythonException raised) when (raised.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit)
            || raised.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return;
        }

        if (yielded)
        {
            throw PyErrors.RuntimeError("generator ignored GeneratorExit");
        }
    }

    /// <summary>
    /// Runs the generator's frame from <paramref name="pc"/> in a nested run, with
    /// <paramref name="sent"/> in <paramref name="resumeSlot"/> (when not -1) or
    /// <paramref name="thrown"/> raised there. True when it yields; false when it returns.
    /// </summary>
    private bool RunGenerator(PyGenerator generator, int pc, int resumeSlot, Value sent, PyBaseException? thrown, out Value result)
    {
        if (CompiledBodyOf(generator) is { } compiled)
        {
            return RunCompiledGenerator(compiled, generator, pc, resumeSlot, sent, thrown, out result);
        }

        var function = generator.Function;
        var frameBase = StackTop();
        var frame = PushFunctionFrame(function, frameBase, returnSlot: -1);
        ValueCopy.CopyChanged(generator.Slots, _stack.AsSpan(frameBase));
        if (resumeSlot >= 0)
        {
            _stack[frameBase + resumeSlot] = sent;
        }

        frame.Pc = pc;
        EnterGenerator(frame, generator);
        var entryFrame = _frameCount - 1;
        if (thrown is not null)
        {
            ExceptionRaising.SetContext(thrown, _handledException);
            if (!Deliver(ref thrown, entryFrame, reraise: false))
            {
                throw new PythonException(thrown);
            }
        }

        result = Run(entryFrame);
        return generator.State == GeneratorState.Suspended;
    }

    /// <summary>
    /// FOR_ITER over a generator, in the dispatch loop: pushes the generator's frame as if the
    /// loop called it. A yield returns the item to <paramref name="itemSlot"/> and the caller goes
    /// on at <paramref name="itemPc"/>; a return sends it to <paramref name="exhaustedPc"/>.
    /// </summary>
    private Frame ResumeGeneratorInline(PyGenerator generator, int frameBase, int itemSlot, int itemPc, int exhaustedPc, ItemConsumer? consumer = null)
    {
        var function = generator.Function;
        var frame = PushFunctionFrame(function, frameBase, itemSlot);
        ValueCopy.CopyChanged(generator.Slots, _stack.AsSpan(frameBase));
        var pc = 0;
        if (generator.State == GeneratorState.Suspended)
        {
            var words = function.Code.Instructions;
            pc = generator.Pc;
            if ((Opcode)words[pc] == Opcode.YieldValue)
            {
                _stack[frameBase + words[pc + 1]] = Value.None;
                pc += InstructionSet.LengthOf(Opcode.YieldValue);
            }
            else
            {
                _stack[frameBase + words[pc + 3]] = Value.None;
            }
        }

        frame.Pc = pc;
        frame.ResumePc = itemPc;
        frame.ExhaustedPc = exhaustedPc;
        if (!ReferenceEquals(frame.Consumer, consumer))
        {
            frame.Consumer = consumer;
        }

        EnterGenerator(frame, generator);
        return frame;
    }

    /// <summary>
    /// A generator frame a <c>yield from</c> resumed in the dispatch loop has yielded and been
    /// suspended and popped: the outer generator, whose frame is now on top at its yield from,
    /// suspends there with the inner one as its delegate, and so on out through every delegating
    /// frame, as CPython's yield from chain hands an item out. Returns the outermost frame (popped),
    /// whose resumer takes the item, with its generator and consumer.
    /// </summary>
    private Frame SuspendDelegators(PyGenerator inner, out PyGenerator outermost, out ItemConsumer? consumer)
    {
        while (true)
        {
            var outer = _frames[_frameCount - 1];
            var outerGenerator = outer.Generator!;
            var delegated = outer.Delegated;
            consumer = outer.Consumer;
            SuspendGenerator(outer, outer.Pc, Value.FromObject(inner));
            _frameCount--;
            if (!delegated)
            {
                outermost = outerGenerator;
                return outer;
            }

            inner = outerGenerator;
        }
    }

    /// <summary>
    /// A consuming builtin's call whose iterable is a generator: the generator's frame runs in the
    /// dispatch loop, above the caller's window, and each item it yields goes to
    /// <paramref name="consumer"/> (see <see cref="FeedConsumer"/>). The result lands in
    /// <paramref name="resultSlot"/> and the caller goes on at <paramref name="resumePc"/>.
    /// </summary>
    private Frame ConsumeGeneratorInline(PyGenerator generator, ItemConsumer consumer, int frameBase, int resultSlot, int resumePc) =>
        ResumeGeneratorInline(generator, frameBase, resultSlot, resumePc, resumePc, consumer);

    /// <summary>
    /// A generator frame a consuming builtin resumed has yielded <paramref name="item"/> and been
    /// suspended and popped. The consumer takes it in the caller's frame, still at its call, so
    /// whatever it raises comes from the call, and the generator stays suspended as in CPython.
    /// Returns the frame to go on with: the generator's again, or the caller's after the call.
    /// </summary>
    private Frame FeedConsumer(Frame generatorFrame, PyGenerator generator, ItemConsumer consumer, Value item)
    {
        var frameBase = generatorFrame.Base;
        var resultSlot = generatorFrame.ReturnSlot;
        var resumePc = generatorFrame.ResumePc;

        // The consumer may run Python code that finishes the generator (close(), or draining it with next()).
        if (consumer.Accept(item) && generator.State == GeneratorState.Suspended)
        {
            return RunsCompiled(generator)
                ? DrainCompiledForConsumer(generator, consumer, resultSlot, resumePc)
                : ConsumeGeneratorInline(generator, consumer, frameBase, resultSlot, resumePc);
        }

        return FinishConsumer(consumer, resultSlot, resumePc);
    }

    /// <summary>
    /// The generator a consuming builtin was running in this loop has been compiled meanwhile (its
    /// loop got hot) and is suspended at a yield: the rest of its items go to the consumer from its
    /// compiled body, as if the builtin had been called on a compiled generator, rather than the
    /// frame going on in the VM for as long as the generator lasts. The caller, still at its call,
    /// is the top frame, so an exception from here comes from the call.
    /// </summary>
    private Frame DrainCompiledForConsumer(PyGenerator generator, ItemConsumer consumer, int resultSlot, int resumePc)
    {
        var caller = _frames[_frameCount - 1];
        var result = DrainGenerator(generator, consumer);
        _stack[resultSlot] = result;
        caller.Pc = resumePc;
        return caller;
    }

    /// <summary>
    /// The consumer's result goes to the caller, which goes on after its call. The generator frame
    /// is already popped, and its pooled entry may be reused by whatever the consumer calls, so
    /// where the result goes is passed in.
    /// </summary>
    private Frame FinishConsumer(ItemConsumer consumer, int resultSlot, int resumePc)
    {
        var caller = _frames[_frameCount - 1];
        var result = consumer.Finish();
        _stack[resultSlot] = result;
        caller.Pc = resumePc;
        return caller;
    }

    // The bookkeeping below runs at every resumption and yield. A reference field is stored only
    // when it changes: the handled exceptions and the delegate are nearly always null and stay so,
    // and each store of a reference is a call to the GC's write barrier.
    private void EnterGenerator(Frame frame, PyGenerator generator)
    {
        frame.Generator = generator;
        generator.State = GeneratorState.Running;
        generator.Delegate = default;
        if (!ReferenceEquals(generator.OuterHandledException, _handledException))
        {
            generator.OuterHandledException = _handledException;
        }

        EnterHandledExceptionOf(generator);
    }

    /// <summary>The generator's frame is leaving the stack: its consumer's handled exception is back, and the pooled frame forgets it.</summary>
    private void LeaveGenerator(Frame frame, PyGenerator generator)
    {
        if (!ReferenceEquals(_handledException, generator.OuterHandledException))
        {
            _handledException = generator.OuterHandledException;
        }

        generator.OuterHandledException = null;
        frame.Generator = null;
        frame.Consumer = null;
        frame.Delegated = false;
    }

    /// <summary>A YIELD_VALUE or YIELD_FROM suspends the frame: its slots go back into the generator.</summary>
    private void SuspendGenerator(Frame frame, int pc, Value subIterator)
    {
        var generator = frame.Generator!;
        ValueCopy.CopyChanged(_stack.AsSpan(frame.Base, generator.Slots.Length), generator.Slots);
        generator.Pc = pc;
        Value.Store(ref generator.Delegate, subIterator);
        generator.State = GeneratorState.Suspended;
        var handled = ReferenceEquals(_handledException, generator.OuterHandledException) ? null : _handledException;
        if (!ReferenceEquals(generator.HandledException, handled))
        {
            generator.HandledException = handled;
        }

        LeaveGenerator(frame, generator);
    }

    /// <summary>RETURN in a generator frame: it is finished. For a frame FOR_ITER resumed, the offset its loop exits to; otherwise -1.</summary>
    private int GeneratorReturned(Frame frame)
    {
        var generator = frame.Generator!;
        LeaveGenerator(frame, generator);
        FinishGenerator(generator);
        return frame.ReturnSlot >= 0 ? frame.ExhaustedPc : -1;
    }

    /// <summary>An exception left a generator frame: the generator is finished, and a StopIteration becomes CPython's RuntimeError.</summary>
    private PyBaseException GeneratorRaised(Frame frame, PyBaseException error)
    {
        var generator = frame.Generator!;
        LeaveGenerator(frame, generator);
        FinishGenerator(generator);
        return StopIterationAsRuntimeError(error);
    }

    /// <summary>PEP 479: a StopIteration leaving a generator becomes a RuntimeError caused by it; any other exception goes on as it is.</summary>
    private static PyBaseException StopIterationAsRuntimeError(PyBaseException error)
    {
        if (!error.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return error;
        }

        var replacement = new PyBaseException(ExceptionTypes.RuntimeError, [Value.FromString("generator raised StopIteration")])
        {
            Cause = error,
            SuppressContext = true,
        };
        ExceptionRaising.SetContext(replacement, error);
        return replacement;
    }

    private static void FinishGenerator(PyGenerator generator)
    {
        generator.State = GeneratorState.Finished;
        generator.Delegate = default;
        generator.HandledException = null;
        Array.Clear(generator.Slots);
    }

    /// <summary>
    /// One step of YIELD_FROM: sends the value in its slot to the delegate. True (the frame is
    /// suspended) with what the delegate yields; false, its return value stored, when it stops.
    /// </summary>
    private bool YieldFromStep(Frame frame, int pc, out Value yielded)
    {
        var words = frame.Code.Instructions;
        var subIterator = _stack[frame.Base + words[pc + 2]];
        if (YieldFromNext(subIterator, _stack[frame.Base + words[pc + 3]], out yielded))
        {
            SuspendGenerator(frame, pc, subIterator);
            return true;
        }

        _stack[frame.Base + words[pc + 1]] = yielded;
        return false;
    }

    /// <summary>Sends <paramref name="sent"/> to a <c>yield from</c>'s delegate: true with what it yields, false with its return value when it stops.</summary>
    internal bool YieldFromNext(Value subIterator, Value sent, out Value yielded)
    {
        if (subIterator.Ref is PyGenerator subGenerator)
        {
            return ResumeGenerator(subGenerator, sent, out yielded);
        }

        if (sent.IsNone && subIterator.Ref is PyIterator iterator and not PyUserIterator)
        {
            if (iterator.TryNext(out yielded))
            {
                return true;
            }

            yielded = Value.None;
            return false;
        }

        // A class's iterator may stop with a value, which is the yield from's result.
        var target = subIterator.Ref is PyUserIterator user ? user.Iterator : subIterator;
        var method = Attributes.Get(target, sent.IsNone ? "__next__" : "send");
        try
        {
            yielded = Call(method, sent.IsNone ? [] : [sent]);
            return true;
        }
        catch (PythonException raised) when (raised.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            yielded = StopIterationValue(raised.Value);
            return false;
        }
    }

    private void CloseIterator(Value iterator)
    {
        if (iterator.Ref is PyGenerator generator)
        {
            CloseGenerator(generator);
        }
        else if (TryGetMethod(iterator.Ref is PyUserIterator user ? user.Iterator : iterator, "close", out var close))
        {
            Call(close, []);
        }
    }

    private static bool TryGetMethod(Value owner, string name, out Value method)
    {
        try
        {
            method = Attributes.Get(owner.Ref is PyUserIterator user ? user.Iterator : owner, name);
            return true;
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            method = default;
            return false;
        }
    }

    private static Value StopIterationValue(PyBaseException stop) => stop.Args.Length > 0 ? stop.Args[0] : Value.None;
}
