using Viper.Runtime.Errors;

namespace Viper.Runtime.Objects;

/// <summary>The C3 linearization CPython uses to order a class's bases (its <c>__mro__</c>).</summary>
internal static class MethodResolution
{
    /// <summary>Merges the bases' orders and the bases list; the new class itself goes in front.</summary>
    public static PyType[] Merge(PyType[] bases)
    {
        if (bases.Length == 1)
        {
            // The merge of one base's order and the list of that base is its order; the common case
            // skips the general merge's LINQ, whose first use in a process costs .NET's binding.
            return bases[0].Mro;
        }

        for (var i = 0; i < bases.Length; i++)
        {
            if (Array.IndexOf(bases, bases[i]) != i)
            {
                throw PyErrors.TypeError($"duplicate base class {bases[i].Name}");
            }
        }

        var sequences = bases.Select(b => new List<PyType>(b.Mro)).Append([.. bases]).ToList();
        var result = new List<PyType>();
        while (sequences.Any(s => s.Count > 0))
        {
            var next = sequences.Where(s => s.Count > 0).Select(s => s[0])
                .FirstOrDefault(head => !sequences.Any(s => s.IndexOf(head) > 0));
            if (next is null)
            {
                var heads = sequences.Where(s => s.Count > 0).Select(s => s[0].Name).Distinct();
                throw PyErrors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", heads)}");
            }

            result.Add(next);
            foreach (var sequence in sequences)
            {
                sequence.Remove(next);
            }
        }

        return [.. result];
    }
}
