using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingSaaS.Framework.AspNetCore.Validation;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>Reads every JSON string, property values and dictionary keys alike, refusing C0 control characters other than tab, CR and LF.</summary>
public sealed class ControlCharacterRefusingStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? value) =>
        ControlCharacters.AreIn(value) ? throw new RejectedJsonValueException(ControlCharacters.Error) : value;
}
