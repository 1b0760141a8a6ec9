namespace Viper.IlJit.Lowering;

/// <summary>
/// The per-slot flag arrays of the lowering's analyses, made and compared with plain loops. LINQ
/// and the span helpers over <c>bool</c> and <c>int</c> are framework generic code ReadyToRun cannot
/// precompile, so the first compile of every process JIT-compiled them on the VM's thread.
/// </summary>
internal static class FlagArrays
{
    public static bool[] Filled(int length, bool value)
    {
        var flags = new bool[length];
        if (value)
        {
            for (var i = 0; i < flags.Length; i++)
            {
                flags[i] = true;
            }
        }

        return flags;
    }

    public static bool SameContents(bool[] a, bool[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One array of <paramref name="length"/> flags, all <paramref name="value"/>, for each instruction offset.</summary>
    public static Dictionary<int, bool[]> PerInstruction(List<int> offsets, int length, bool value)
    {
        var arrays = new Dictionary<int, bool[]>(offsets.Count);
        foreach (var pc in offsets)
        {
            arrays[pc] = Filled(length, value);
        }

        return arrays;
    }
}
