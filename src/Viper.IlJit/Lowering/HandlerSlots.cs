using Viper.Bytecode.Code;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The slots (of <see cref="TemporarySplitting"/>) that a body with handlers keeps boxed in the IL
/// locals both its versions share: each handler's exception slot, and every slot live where a
/// handler starts. The slot analyses follow only normal control flow, not the edge from each
/// protected instruction to its handler; with these slots boxed, whatever a handler (and the code
/// after it, other handlers included) reads before writing is current in the shared locals when an
/// exception arrives, from either version, so handlers can always run in the generic version.
/// </summary>
internal static class HandlerSlots
{
    public static bool[] Find(CodeObject code, TemporarySplitting splitting)
    {
        var boxed = new bool[splitting.SlotCount];
        if (code.ExceptionTable.Length == 0)
        {
            return boxed;
        }

        var liveIn = Liveness.LiveIn(code, splitting);
        foreach (var entry in code.ExceptionTable)
        {
            boxed[entry.Slot] = true;
            var live = liveIn[entry.Target];
            for (var slot = 0; slot < boxed.Length; slot++)
            {
                boxed[slot] |= live[slot];
            }
        }

        return boxed;
    }
}
