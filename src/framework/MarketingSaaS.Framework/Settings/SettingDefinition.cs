using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.Settings;

/// <param name="isEditable">False: set only by the platform's own code (e.g. the company logo's file id), never through the settings API.</param>
public sealed class SettingDefinition(string name, string? defaultValue, bool isVisibleToClients, bool isEditable = true)
{
    public string Name { get; } = name;

    public string? DefaultValue { get; } = defaultValue;

    public bool IsVisibleToClients { get; } = isVisibleToClients;

    public bool IsEditable { get; } = isEditable;

    /// <summary>Given to anonymous callers of the application configuration too (the sign-in page's logo and language).</summary>
    public bool IsVisibleBeforeSignIn { get; private set; }

    /// <summary>A module's setting: listed and editable only while this feature (the module switch) is on for the company.</summary>
    public string? RequiredFeature { get; private set; }

    /// <summary>The setting's own rule: the error of an invalid (trimmed, non-empty) value, or null.</summary>
    public Func<string, FieldError?>? Validator { get; private set; }

    public SettingValueType Type { get; private set; } = SettingValueType.Text;

    /// <summary>The smallest and largest value of an <see cref="SettingValueType.Integer"/> setting.</summary>
    public int? Min { get; private set; }

    public int? Max { get; private set; }

    /// <summary>The values of an <see cref="SettingValueType.Enum"/> setting.</summary>
    public IReadOnlyList<string> AllowedValues { get; private set; } = [];

    /// <summary>An enum value's display name is the text of this prefix followed by the value.</summary>
    public string ValueTextPrefix { get; private set; } = "Setting:" + name + ":";

    public SettingDefinition AsInteger(int min, int max)
    {
        (Type, Min, Max) = (SettingValueType.Integer, min, max);
        return this;
    }

    /// <param name="valueTextPrefix">E.g. "Budgets:OverBudgetPolicy:" when the enum's texts already exist; by default "Setting:{Name}:".</param>
    public SettingDefinition AsEnum<TEnum>(string? valueTextPrefix = null)
        where TEnum : struct, Enum
    {
        (Type, AllowedValues) = (SettingValueType.Enum, Enum.GetNames<TEnum>());
        ValueTextPrefix = valueTextPrefix ?? ValueTextPrefix;
        return this;
    }

    public SettingDefinition AsBoolean() => As(SettingValueType.Boolean);

    public SettingDefinition AsTimeZone() => As(SettingValueType.TimeZone);

    public SettingDefinition AsCulture() => As(SettingValueType.Culture);

    public SettingDefinition AsCurrency() => As(SettingValueType.Currency);

    public SettingDefinition RequireFeature(string featureName)
    {
        RequiredFeature = featureName;
        return this;
    }

    public SettingDefinition VisibleBeforeSignIn()
    {
        IsVisibleBeforeSignIn = IsVisibleToClients ? true : throw new InvalidOperationException($"Setting {Name} must be visible to clients to be visible before sign-in.");
        return this;
    }

    private SettingDefinition As(SettingValueType type)
    {
        Type = type;
        return this;
    }

    public SettingDefinition ValidateWith(Func<string, FieldError?> validator)
    {
        Validator = validator;
        return this;
    }
}
