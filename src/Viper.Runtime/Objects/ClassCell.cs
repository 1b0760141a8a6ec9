using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// CPython's implicit <c>__class__</c> cell: shared by the functions a class body defines and
/// filled with the class once it exists, so zero-argument <c>super()</c> knows where to start.
/// </summary>
public sealed class ClassCell
{
    private PyType? _class;
    private PyCell? _view;

    public PyType? Class
    {
        get => _class;
        set
        {
            _class = value;
            if (_view is not null)
            {
                _view.Contents = Contents;
            }
        }
    }

    /// <summary>
    /// The cell as <c>__closure__</c> shows it, made on first use and kept filled with the class.
    /// Only reading goes through it: <c>super()</c> keeps using <see cref="Class"/>.
    /// </summary>
    public PyCell View => _view ??= new PyCell(Contents);

    private Value Contents => _class is null ? default : Value.FromObject(_class);
}
