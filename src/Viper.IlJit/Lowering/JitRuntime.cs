using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// What compiled code calls for everything it does not inline. Each one is a thin adapter from
/// IL-friendly arguments to the VM's own operation (the same method the interpreter calls), so
/// both tiers share one implementation of every semantic.
/// </summary>
internal static partial class JitRuntime
{
    /// <summary>A local read where the VM checks it is bound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Bound(Value value, CodeObject code, int slot) =>
        value.Ref is null ? throw PyErrors.UnboundLocalRead(code, slot) : value;

    /// <summary>
    /// An exception leaving a compiled frame: records the frame in the traceback, turning what the VM
    /// turns into Python errors (stack exhaustion, huge allocations) into them first.
    /// </summary>
    public static Exception AddTraceback(Exception error, CodeObject code, int pc)
    {
        var python = error switch
        {
            PythonException already => already,
            InsufficientExecutionStackException => PyErrors.RecursionError(),
            OutOfMemoryException => PyErrors.New(ExceptionTypes.MemoryError, ""),
            _ => null,
        };
        if (python is null)
        {
            return error;
        }

        if (python.Value.Traceback.Count == 0)
        {
            // Raised in this frame: it is chained to the exception being handled, as the VM does.
            Interpreter.Current.SetImplicitContext(python.Value);
        }

        python.Value.Traceback.Add(python.Value.EntryFor(code, pc));
        return python;
    }

    /// <summary>
    /// RAISE in compiled code: the exception the VM would raise, chained to the one being handled, for
    /// the lowering to throw; the frame's traceback entry is added where the exception leaves it.
    /// </summary>
    public static Exception Raise(Interpreter interpreter, Value exception)
    {
        var error = ExceptionRaising.Instantiate(interpreter, exception);
        ExceptionRaising.SetContext(error, interpreter.HandledException);
        return new PythonException(error);
    }

    /// <summary>RAISE_FROM in compiled code: as <see cref="Raise"/>, with the explicit cause (None suppresses the context).</summary>
    public static Exception RaiseFrom(Interpreter interpreter, Value exception, Value cause)
    {
        var error = ExceptionRaising.Instantiate(interpreter, exception);
        ExceptionRaising.SetCause(interpreter, error, cause);
        ExceptionRaising.SetContext(error, interpreter.HandledException);
        return new PythonException(error);
    }

    /// <summary>An unboxed float slot's value from a boxed one: its payload when it is a float (on-stack replacement hands over floats), else 0 for a slot not yet assigned.</summary>
    public static double FloatOrZero(Value value) => value.IsFloat ? value.AsFloat : 0;

    /// <summary>Whether <c>x * y</c> fits in 64 bits: the 128-bit product's high half is the low half's sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MultiplyFits(long x, long y)
    {
        var high = Math.BigMul(x, y, out var low);
        return high == low >> 63;
    }

    /// <summary>Whether a range iterator's end (one step past its last item) is a long, so compiled code can count it as one.</summary>
    public static bool CountsInLong(PyRangeIterator range)
    {
        var high = Math.BigMul(range.Remaining, range.Step, out var span);
        if (high != span >> 63)
        {
            return false;
        }

        // The sum overflows when its sign differs from both operands'.
        var end = range.Next + span;
        return ((range.Next ^ end) & (span ^ end)) >= 0;
    }

    /// <summary>COMPARE's result for operands other than two ints or two floats.</summary>
    public static Value CompareValue(Value a, Value b, int condition) => Comparison.Compare(a, b, condition);

    public static bool Compare(Value a, Value b, int condition) =>
        Comparison.CompareToBool(a, b, CompareCondition.Operator(condition)) != CompareCondition.IsNegated(condition);

    /// <summary><c>item in container</c> (COMPARE and COMPARE_JUMP with <c>in</c> or <c>not in</c>, which negate it themselves).</summary>
    public static bool Contains(Value item, Value container) => Comparison.Contains(container, item);

    /// <summary><c>a is b</c> (COMPARE and COMPARE_JUMP with <c>is</c> or <c>is not</c>, which negate it themselves), small enough for .NET to inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Identical(Value a, Value b) => a.Is(b);

    public static Value Unary(Opcode opcode, Value value) => opcode switch
    {
        Opcode.Neg => Arithmetic.Negate(value),
        Opcode.Pos => Arithmetic.Positive(value),
        Opcode.Invert => Arithmetic.Invert(value),
        _ => Value.FromBool(!Truth.IsTrue(value)),
    };

    public static Value GetIterator(Value value) => Value.FromObject(Iteration.GetIterator(value));

    /// <summary>GET_ITER: a loop's iterator, reused from an earlier loop for an exact list or tuple (see <see cref="Interpreter.GetLoopIterator"/>).</summary>
    public static Value GetLoopIterator(Interpreter interpreter, Value value) => Value.FromObject(interpreter.GetLoopIterator(value));

    /// <summary>FOR_ITER found its iterator exhausted: it may serve the next loop.</summary>
    public static void LoopFinished(Interpreter interpreter, Value iterator) => interpreter.LoopFinished(iterator.Ref);

    /// <summary>
    /// FOR_ITER on any iterator: stores the next item into <paramref name="target"/> only when there
    /// is one. List and tuple iterators, sealed types, are recognised by one compare each and stepped
    /// inline; the others pay the cast to the abstract iterator class and a virtual call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNext(Value iterator, ref Value target) => iterator.Ref switch
    {
        PyListIterator list => list.TryNextInto(ref target),
        PyArrayIterator array => array.TryNextInto(ref target),
        _ => TryNextOther(iterator, ref target),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryNextOther(Value iterator, ref Value target)
    {
        // A generator (each stage of a pipeline): an exact type test and the resumption itself,
        // where the cast to the abstract PyIterator walks the class chain before a virtual call.
        if (iterator.Ref is PyGenerator generator)
        {
            if (generator.Interpreter.ResumeGenerator(generator, Value.None, out var yielded))
            {
                target = yielded;
                return true;
            }

            return false;
        }

        if (((PyIterator)iterator.Ref!).TryNext(out var item))
        {
            target = item;
            return true;
        }

        return false;
    }

    public static Value LoadGlobal(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex) =>
        interpreter.LoadGlobal(closure.Globals, closure.State, closure.Code, nameIndex, cacheIndex);

    public static void StoreGlobal(JitClosure closure, int nameIndex, int cacheIndex, Value value) =>
        Interpreter.StoreGlobal(closure.Globals, closure.State, closure.Code, nameIndex, cacheIndex, value);

    public static void InplaceAddConstGlobal(Interpreter interpreter, JitClosure closure, int nameIndex, int constantIndex, int cacheIndex) =>
        interpreter.InplaceAddConstGlobal(closure.Globals, closure.State, closure.Code, nameIndex, closure.State.Constants[constantIndex], cacheIndex);

    public static Value Call0(Interpreter interpreter, Value callee)
    {
        switch (DirectBodyOf(callee))
        {
            case Func<Interpreter, Value> body:
                return body(interpreter);
            case Func<Interpreter, PyFunction, Value> body:
                return body(interpreter, (PyFunction)callee.Ref!);
            case not null when FillsDefaults(callee, 0):
                return CallFillingDefaults(interpreter, callee, 0, default, default, default, default);
        }

        switch (BoundBodyOf(callee, out var self, out var function))
        {
            case Func<Interpreter, Value, Value> method:
                return method(interpreter, self);
            case Func<Interpreter, PyFunction, Value, Value> method:
                return method(interpreter, function, self);
        }

        switch (InitOf(callee, out var init))
        {
            case Func<Interpreter, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, Value.FromObject(instance))));
                }

            case Func<Interpreter, PyFunction, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, init, Value.FromObject(instance))));
                }
        }

        return interpreter.Call(callee, []);
    }

    public static Value Call1(Interpreter interpreter, Value callee, Value a0)
    {
        switch (DirectBodyOf(callee))
        {
            case Func<Interpreter, Value, Value> body:
                return body(interpreter, a0);
            case Func<Interpreter, PyFunction, Value, Value> body:
                return body(interpreter, (PyFunction)callee.Ref!, a0);
            case not null when FillsDefaults(callee, 1):
                return CallFillingDefaults(interpreter, callee, 1, a0, default, default, default);
        }

        // A compiled generator drained by a consuming builtin (frozenset(genexpr)) is fed to the builtin's consumer, before the one-argument body would iterate it.
        if (a0.Ref is PyGenerator { Function.Code.CompiledEntry: CompiledGenerator } && interpreter.TryConsumeCompiledGenerator(callee, [a0], out var consumed))
        {
            return consumed;
        }

        if (OneArgumentBodyOf(callee) is { } builtin)
        {
            return builtin(interpreter, a0);
        }

        switch (BoundBodyOf(callee, out var self, out var function))
        {
            case Func<Interpreter, Value, Value, Value> method:
                return method(interpreter, self, a0);
            case Func<Interpreter, PyFunction, Value, Value, Value> method:
                return method(interpreter, function, self, a0);
        }

        switch (InitOf(callee, out var init))
        {
            case Func<Interpreter, Value, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, Value.FromObject(instance), a0)));
                }

            case Func<Interpreter, PyFunction, Value, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, init, Value.FromObject(instance), a0)));
                }
        }

        return interpreter.Call(callee, [a0]);
    }

    public static Value Call2(Interpreter interpreter, Value callee, Value a0, Value a1)
    {
        switch (DirectBodyOf(callee))
        {
            case Func<Interpreter, Value, Value, Value> body:
                return body(interpreter, a0, a1);
            case Func<Interpreter, PyFunction, Value, Value, Value> body:
                return body(interpreter, (PyFunction)callee.Ref!, a0, a1);
            case not null when FillsDefaults(callee, 2):
                return CallFillingDefaults(interpreter, callee, 2, a0, a1, default, default);
        }

        if (TwoArgumentBodyOf(callee) is { } builtin)
        {
            return builtin(interpreter, a0, a1);
        }

        switch (BoundBodyOf(callee, out var self, out var function))
        {
            case Func<Interpreter, Value, Value, Value, Value> method:
                return method(interpreter, self, a0, a1);
            case Func<Interpreter, PyFunction, Value, Value, Value, Value> method:
                return method(interpreter, function, self, a0, a1);
        }

        switch (InitOf(callee, out var init))
        {
            case Func<Interpreter, Value, Value, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, Value.FromObject(instance), a0, a1)));
                }

            case Func<Interpreter, PyFunction, Value, Value, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, init, Value.FromObject(instance), a0, a1)));
                }
        }

        return interpreter.Call(callee, [a0, a1]);
    }

    public static Value Call3(Interpreter interpreter, Value callee, Value a0, Value a1, Value a2)
    {
        switch (DirectBodyOf(callee))
        {
            case Func<Interpreter, Value, Value, Value, Value> body:
                return body(interpreter, a0, a1, a2);
            case Func<Interpreter, PyFunction, Value, Value, Value, Value> body:
                return body(interpreter, (PyFunction)callee.Ref!, a0, a1, a2);
            case not null when FillsDefaults(callee, 3):
                return CallFillingDefaults(interpreter, callee, 3, a0, a1, a2, default);
        }

        switch (BoundBodyOf(callee, out var self, out var function))
        {
            case Func<Interpreter, Value, Value, Value, Value, Value> method:
                return method(interpreter, self, a0, a1, a2);
            case Func<Interpreter, PyFunction, Value, Value, Value, Value, Value> method:
                return method(interpreter, function, self, a0, a1, a2);
        }

        switch (InitOf(callee, out var init))
        {
            case Func<Interpreter, Value, Value, Value, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, Value.FromObject(instance), a0, a1, a2)));
                }

            case Func<Interpreter, PyFunction, Value, Value, Value, Value, Value> body:
                {
                    var instance = new PyInstance((PyType)callee.Ref!);
                    return Interpreter.InitResult(instance, interpreter.ThrowIfPending(body(interpreter, init, Value.FromObject(instance), a0, a1, a2)));
                }
        }

        return interpreter.Call(callee, [a0, a1, a2]);
    }

    /// <summary>Whether <paramref name="callee"/> is the builtin function <paramref name="intrinsic"/> names (the guard of a call site that calls it directly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBuiltin(object? callee, BuiltinIntrinsic intrinsic) =>
        ExactType.Is(callee, out PyBuiltinFunction? builtin) && builtin.Intrinsic == intrinsic;

    /// <summary>The guard of a direct method call: <paramref name="receiver"/> an instance <paramref name="target"/>'s method is still found for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMethodTarget(Value receiver, MethodTarget target) =>
        ExactType.Is(receiver.Ref, out PyInstance? instance) && ReferenceEquals(instance.Layout, target.Layout) && instance.Type.Version == target.Version;

    /// <summary>
    /// A guarded attribute load: the attribute <paramref name="target"/> says where an instance of
    /// its layout holds, or no value (a null reference, which no attribute is) when
    /// <paramref name="owner"/> is not such an instance or its class changed since.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadTargetedAttribute(Value owner, AttributeTarget target) =>
        ExactType.Is(owner.Ref, out PyInstance? instance) && ReferenceEquals(instance.Layout, target.Layout) && instance.Type.Version == target.Version
            ? instance.Values[target.Index]
            : default;

    /// <summary>The guard of a direct instantiation: <paramref name="callee"/> the class <paramref name="target"/> names, unchanged since.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClassTarget(object? callee, ClassTarget target) =>
        ReferenceEquals(callee, target.Type) && target.Type.Version == target.Version;

    public static PyInstance NewInstance(ClassTarget target) => new(target.Type);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value InstanceValue(PyInstance instance) => Value.FromObject(instance);

    /// <summary>A direct instantiation's result: the instance, once its <c>__init__</c> returned None.</summary>
    public static Value Initialized(Value returned, PyInstance instance) => Interpreter.InitResult(instance, returned);

    /// <summary>A Python function's compiled body taking its arguments as values, if it has one (see <see cref="CompiledCode.DirectBody"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Delegate? DirectBodyOf(Value callee) =>
        callee.Ref is PyFunction function && function.Code.CompiledEntry is CompiledCode compiled && ReferenceEquals(compiled.Globals, function.Globals)
            ? compiled.DirectBody
            : null;

    /// <summary>A builtin function's or builtin type's body for one positional argument, if it has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BuiltinBody1? OneArgumentBodyOf(Value callee) => callee.Ref switch
    {
        PyBuiltinFunction function => function.OneArgument,
        PyType type => type.ConstructOne,
        _ => null,
    };

    /// <summary>A builtin function's or builtin type's body for two positional arguments, if it has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BuiltinBody2? TwoArgumentBodyOf(Value callee) => callee.Ref switch
    {
        PyBuiltinFunction function => function.TwoArguments,
        PyType type => type.ConstructTwo,
        _ => null,
    };

    /// <summary>
    /// For a method bound to a Python function with a direct body, that body (taking the receiver
    /// first), the receiver, and the function (which a body that reads its closure takes too).
    /// </summary>
    private static Delegate? BoundBodyOf(Value callee, out Value self, out PyFunction function)
    {
        if (callee.Ref is PyBoundMethod { Function.Ref: PyFunction bound } method)
        {
            self = method.Self;
            function = bound;
            return DirectBodyOf(method.Function);
        }

        self = default;
        function = null!;
        return null;
    }

    /// <summary>For a class the VM instantiates by calling its Python <c>__init__</c>, that <c>__init__</c> and its direct body.</summary>
    private static Delegate? InitOf(Value callee, out PyFunction init)
    {
        init = null!;
        if (callee.Ref is PyType { IsBuiltin: false } type && Instantiation.InlineInit(type) is { } found)
        {
            init = found;
            return DirectBodyOf(Value.FromObject(found));
        }

        return null;
    }

    public static Value CallArray(Interpreter interpreter, Value callee, Value[] args) => interpreter.Call(callee, args);

    public static Value CallKeywords(Interpreter interpreter, JitClosure closure, int namesIndex, Value callee, Value[] args) =>
        interpreter.Call(callee, args, closure.State.KeywordNames[namesIndex]);

    /// <summary>
    /// CALL_METHOD with the receiver alone: a compiled Python method is called straight through its
    /// body, a builtin type's method (<c>dict.items</c>) through its fixed-arity body if it has one,
    /// else its general body with the receiver in place.
    /// </summary>
    public static Value CallMethod1(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex, ref int pc, Value receiver)
    {
        var method = MethodFor(closure, nameIndex, cacheIndex, ref pc, receiver, out var includesReceiver);
        if (includesReceiver && method.Ref is PyBuiltinFunction builtin)
        {
            return builtin.OneArgument is { } receiverOnly ? receiverOnly(interpreter, receiver) : CallBuiltinMethod(interpreter, builtin, receiver);
        }

        switch (includesReceiver ? DirectBodyOf(method) : null)
        {
            case Func<Interpreter, Value, Value> body:
                return body(interpreter, receiver);
            case Func<Interpreter, PyFunction, Value, Value> body:
                return body(interpreter, (PyFunction)method.Ref!, receiver);
            case not null when FillsDefaults(method, 1):
                return CallFillingDefaults(interpreter, method, 1, receiver, default, default, default);
            default:
                return CallFoundMethod(interpreter, method, includesReceiver, receiver);
        }
    }

    public static Value CallMethod2(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex, ref int pc, Value receiver, Value a0)
    {
        var method = MethodFor(closure, nameIndex, cacheIndex, ref pc, receiver, out var includesReceiver);
        if (includesReceiver && method.Ref is PyBuiltinFunction builtin)
        {
            // list.append is the commonest method call of all: done here, as the VM does it.
            if (builtin.Intrinsic == BuiltinIntrinsic.ListAppend && receiver.Ref is PyList list)
            {
                list.Append(a0);
                return Value.None;
            }

            return builtin.TwoArguments is { } withOneArgument ? withOneArgument(interpreter, receiver, a0) : CallBuiltinMethod(interpreter, builtin, receiver, a0);
        }

        switch (includesReceiver ? DirectBodyOf(method) : null)
        {
            case Func<Interpreter, Value, Value, Value> body:
                return body(interpreter, receiver, a0);
            case Func<Interpreter, PyFunction, Value, Value, Value> body:
                return body(interpreter, (PyFunction)method.Ref!, receiver, a0);
            case null when !includesReceiver && OneArgumentBodyOf(method) is { } oneArgument:
                return oneArgument(interpreter, a0);
            case not null when FillsDefaults(method, 2):
                return CallFillingDefaults(interpreter, method, 2, receiver, a0, default, default);
            default:
                return CallFoundMethod(interpreter, method, includesReceiver, receiver, a0);
        }
    }


    public static Value CallMethod3(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex, ref int pc, Value receiver, Value a0, Value a1)
    {
        var method = MethodFor(closure, nameIndex, cacheIndex, ref pc, receiver, out var includesReceiver);
        if (includesReceiver && method.Ref is PyBuiltinFunction builtin)
        {
            return CallBuiltinMethod(interpreter, builtin, receiver, a0, a1);
        }

        switch (includesReceiver ? DirectBodyOf(method) : null)
        {
            case Func<Interpreter, Value, Value, Value, Value> body:
                return body(interpreter, receiver, a0, a1);
            case Func<Interpreter, PyFunction, Value, Value, Value, Value> body:
                return body(interpreter, (PyFunction)method.Ref!, receiver, a0, a1);
            case null when !includesReceiver && TwoArgumentBodyOf(method) is { } twoArguments:
                return twoArguments(interpreter, a0, a1);
            case not null when FillsDefaults(method, 3):
                return CallFillingDefaults(interpreter, method, 3, receiver, a0, a1, default);
            default:
                return CallFoundMethod(interpreter, method, includesReceiver, receiver, a0, a1);
        }
    }

    /// <summary>CALL_METHOD with the receiver and three arguments (<c>self.narrow(a, b, c)</c>), without an argument array for a compiled method.</summary>
    public static Value CallMethod4(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex, ref int pc, Value receiver, Value a0, Value a1, Value a2)
    {
        var method = MethodFor(closure, nameIndex, cacheIndex, ref pc, receiver, out var includesReceiver);
        if (includesReceiver && method.Ref is PyBuiltinFunction builtin)
        {
            return CallBuiltinMethod(interpreter, builtin, receiver, a0, a1, a2);
        }

        switch (includesReceiver ? DirectBodyOf(method) : null)
        {
            case Func<Interpreter, Value, Value, Value, Value, Value> body:
                return body(interpreter, receiver, a0, a1, a2);
            case Func<Interpreter, PyFunction, Value, Value, Value, Value, Value> body:
                return body(interpreter, (PyFunction)method.Ref!, receiver, a0, a1, a2);
            default:
                return CallFoundMethod(interpreter, method, includesReceiver, receiver, a0, a1, a2);
        }
    }

    // The argument spans below live in these helpers' frames, not in CALL_METHOD's: a frame holding
    // an inline array of values (which hold references) zeroes it on every entry, and with them
    // inline a loop of list.append took about a fifth more CPU.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallBuiltinMethod(Interpreter interpreter, PyBuiltinFunction builtin, Value receiver) =>
        builtin.Body(interpreter, new CallArgs([receiver], null));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallBuiltinMethod(Interpreter interpreter, PyBuiltinFunction builtin, Value receiver, Value a0) =>
        builtin.Body(interpreter, new CallArgs([receiver, a0], null));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallBuiltinMethod(Interpreter interpreter, PyBuiltinFunction builtin, Value receiver, Value a0, Value a1) =>
        builtin.Body(interpreter, new CallArgs([receiver, a0, a1], null));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallBuiltinMethod(Interpreter interpreter, PyBuiltinFunction builtin, Value receiver, Value a0, Value a1, Value a2) =>
        builtin.Body(interpreter, new CallArgs([receiver, a0, a1, a2], null));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallFoundMethod(Interpreter interpreter, Value method, bool includesReceiver, Value receiver) =>
        interpreter.CallFoundMethod(method, includesReceiver, [receiver]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallFoundMethod(Interpreter interpreter, Value method, bool includesReceiver, Value receiver, Value a0) =>
        interpreter.CallFoundMethod(method, includesReceiver, [receiver, a0]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallFoundMethod(Interpreter interpreter, Value method, bool includesReceiver, Value receiver, Value a0, Value a1) =>
        interpreter.CallFoundMethod(method, includesReceiver, [receiver, a0, a1]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CallFoundMethod(Interpreter interpreter, Value method, bool includesReceiver, Value receiver, Value a0, Value a1, Value a2) =>
        interpreter.CallFoundMethod(method, includesReceiver, [receiver, a0, a1, a2]);

    /// <summary>What <c>receiver.name</c> calls: the cached method on a hit, else the VM's lookup, which refills the cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value MethodFor(JitClosure closure, int nameIndex, int cacheIndex, ref int pc, Value receiver, out bool includesReceiver)
    {
        if (Interpreter.TryGetCachedMethod(ref closure.State.Caches[cacheIndex], receiver, out var method))
        {
            includesReceiver = true;
            return method;
        }

        return Interpreter.LookupMethodAt(closure.State, closure.Code, nameIndex, cacheIndex, ref pc, receiver, out includesReceiver);
    }

    public static Value CallMethodArray(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex, ref int pc, Value[] receiverAndArgs) =>
        interpreter.CallMethod(closure.State, closure.Code, nameIndex, cacheIndex, receiverAndArgs, ref pc);

    /// <summary>GET_ITEM: a list or tuple with an in-range int goes straight to its storage, as in the VM.</summary>
    public static Value GetItem(Value container, Value key) =>
        Subscripts.TryGetSequenceItem(container, key, out var item) ? item : Subscripts.GetItem(container, key);

    /// <summary>SET_ITEM: a list with an in-range int index is stored into directly, as in the VM.</summary>
    public static void SetItem(Value container, Value key, Value value)
    {
        if (!Subscripts.TrySetListItem(container, key, value))
        {
            Subscripts.SetItem(container, key, value);
        }
    }

    public static Value NewList(Value[] items) => Value.FromObject(PyList.Adopt(items));

    public static void ListAppend(Value list, Value item) => ((PyList)list.Ref!).Append(item);

    public static void ListExtend(Value list, Value source) => Interpreter.ListExtend(list, source);

    public static Value ListToTuple(Value list) => Interpreter.ListToTuple(list);

    public static void SetAdd(Value set, Value item) => ((PySet)set.Ref!).Add(item);

    public static void SetUpdate(Value set, Value source) => Interpreter.SetUpdate(set, source);

    public static void DictUpdate(Interpreter interpreter, Value dict, Value source) => interpreter.DictUpdate(dict, source);

    public static void DictMerge(Interpreter interpreter, Value dict, Value source, Value callee) => interpreter.DictMerge(dict, source, callee);

    public static Value CallUnpacked(Interpreter interpreter, Value callee, Value positional, Value keywords) =>
        interpreter.CallUnpacked(callee, positional, keywords);

    public static void SetKeywordDefaults(Value function, Value defaults) => Interpreter.SetKeywordDefaults(function, defaults);

    /// <summary>
    /// UNPACK_SEQUENCE's items: a tuple's own storage, a list's items copied into the closure's
    /// scratch array (the compiled code copies them into its locals before anything else runs),
    /// and anything else, errors included, through the VM.
    /// </summary>
    public static Value[] UnpackItems(JitClosure closure, Value source, int count)
    {
        switch (source.Ref)
        {
            case PyTuple tuple when tuple.Count == count:
                return tuple.Items;
            case PyList list when list.Count == count:
                if (closure.Scratch.Length < count)
                {
                    closure.Scratch = new Value[count];
                }

                list.Items.CopyTo(closure.Scratch);
                return closure.Scratch;
            default:
                return Interpreter.UnpackItems(source, count);
        }
    }

    public static Value NewTuple(Value[] items) => Value.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items));

    public static Value NewDict(Value[] pairs) => Interpreter.BuildDict(pairs);

    public static Value NewSet(Value[] items) => Interpreter.BuildSet(items);

    /// <summary>SET_FROM_CONSTANTS: a new set of a display's constants (kept as one frozenset constant).</summary>
    public static Value SetFromConstants(Value constants) => Value.FromObject(SetAlgebra.FromConstantDisplay(constants));

    /// <summary>An f-string's replacement field: FORMAT_VALUE (no spec) and FORMAT_WITH_SPEC, as the VM formats them.</summary>
    public static Value FormatValue(Value value, int conversion) => Interpreter.FormatValue(value, (char)conversion, null);

    public static Value FormatWithSpec(Value value, Value spec, int conversion) => Interpreter.FormatValue(value, (char)conversion, (PyStr)spec.Ref!);

    public static Value BuildString(Value[] parts) => Interpreter.BuildString(parts);

    public static Value NewSlice(Value start, Value stop, Value step) => Value.FromObject(new PySlice(start, stop, step));

    /// <param name="enclosing">The running function, whose class cell the new one shares (null in module code).</param>
    public static Value MakeFunction(JitClosure closure, int codeIndex, Value[] defaults, PyFunction? enclosing) =>
        Interpreter.MakeFunction((CodeObject)closure.Code.Constants[codeIndex]!, closure.Globals, defaults, enclosing);

    /// <summary>
    /// LOAD_ATTR: the cached instance-attribute hit inlines into the compiled code; the rest is the
    /// VM's cache helper, which parks a miss on an instance of a Python class instead of throwing it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadAttr(Interpreter interpreter, JitClosure closure, int nameIndex, int cacheIndex, Value owner) =>
        Interpreter.TryLoadCachedInstanceValue(ref closure.State.Caches[cacheIndex], owner, out var value)
            ? value
            : interpreter.LoadAttributeOrPark(closure.State, closure.Code, owner, nameIndex, cacheIndex);

    /// <summary>DELETE_ATTR: <c>del owner.name</c>, as the VM deletes it.</summary>
    public static void DeleteAttr(JitClosure closure, Value owner, int nameIndex) => Attributes.Delete(owner, closure.Code.Names[nameIndex]);

    /// <summary>STORE_ATTR: overwriting a cached instance attribute inlines into the compiled code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreAttr(JitClosure closure, int nameIndex, int cacheIndex, Value owner, Value value)
    {
        if (!Interpreter.TryStoreCachedInstanceValue(ref closure.State.Caches[cacheIndex], owner, value))
        {
            Interpreter.StoreAttribute(closure.State, closure.Code, owner, nameIndex, value, cacheIndex);
        }
    }

    /// <summary>SETUP_ANNOTATIONS in module code, the only body the JIT compiles that has one.</summary>
    public static void SetupAnnotations(JitClosure closure) => Interpreter.SetupAnnotations(closure.Globals);

    public static Value Import(Interpreter interpreter, JitClosure closure, int nameIndex, int form) =>
        interpreter.ImportName(closure.Globals, closure.Code.Names[nameIndex], form);

    public static Value ImportFrom(Interpreter interpreter, JitClosure closure, int nameIndex, Value module) =>
        interpreter.ImportFrom(module, closure.Code.Names[nameIndex]);
}
