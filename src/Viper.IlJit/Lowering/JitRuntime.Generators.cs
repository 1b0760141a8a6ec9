using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>What compiled generator bodies call: the generator's saved state, suspending it, and <c>yield from</c>'s step.</summary>
internal static partial class JitRuntime
{
    public static Value[] GeneratorSlots(PyGenerator generator) => generator.Slots;

    /// <summary>A frame slot saved at a yield: the reference is written only when it changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SaveSlot(Value[] slots, int slot, Value value) => Value.Store(ref slots[slot], value);

    /// <summary>YIELD_VALUE, its slots saved: the generator stops at <paramref name="pc"/>.</summary>
    public static void SuspendGenerator(PyGenerator generator, int pc)
    {
        generator.Pc = pc;
        generator.State = GeneratorState.Suspended;
    }

    /// <summary>YIELD_FROM, its slots saved: the generator stops at <paramref name="pc"/>, delegating to <paramref name="subIterator"/>.</summary>
    public static void SuspendDelegating(PyGenerator generator, int pc, Value subIterator)
    {
        SuspendGenerator(generator, pc);
        generator.Delegate = subIterator;
    }

    /// <summary><c>throw()</c> into a compiled generator: the exception as raised at the yield it is suspended at.</summary>
    public static Exception ThrowIntoGenerator(PyBaseException thrown) => new PythonException(thrown);

    public static bool YieldFromNext(Interpreter interpreter, Value subIterator, Value sent, ref Value item) =>
        interpreter.YieldFromNext(subIterator, sent, out item);

    public const int ItemNotTaken = 0;
    public const int ItemTakenWantsMore = 1;
    public const int ItemTakenSettled = 2;

    /// <summary>A yielded item offered to the consuming builtin draining the generator: whether it took the item quietly, and wants more.</summary>
    public static int OfferItem(ItemConsumer consumer, Value item) =>
        !consumer.TryAcceptQuietly(item, out var more) ? ItemNotTaken : more ? ItemTakenWantsMore : ItemTakenSettled;

    public static Value Unbound() => default;
}
