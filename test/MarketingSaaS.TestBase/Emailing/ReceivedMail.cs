using System.Text;
using System.Text.RegularExpressions;

namespace MarketingSaaS.TestBase.Emailing;

/// <summary>A raw message as received, with the headers unfolded, encoded words decoded and the body transfer-decoded (UTF-8).</summary>
public sealed partial record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string Subject, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public static ReceivedMail Parse(string envelopeFrom, IReadOnlyList<string> envelopeTo, string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = FoldedLine().Replace(raw[..split], " ");
        var headers = headerText.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[(split + 4)..];
        body = headers.GetValueOrDefault("Content-Transfer-Encoding")?.ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal).Trim())),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return new ReceivedMail(envelopeFrom, envelopeTo, DecodeWords(headers.GetValueOrDefault("Subject") ?? ""), body.Replace("\r\n", "\n", StringComparison.Ordinal), headers);
    }

    /// <summary>RFC 2047: adjacent encoded words are joined (their bytes may split a character) and decoded as UTF-8.</summary>
    private static string DecodeWords(string value)
    {
        var text = new StringBuilder();
        var bytes = new List<byte>();
        var position = 0;
        foreach (Match word in EncodedWord().Matches(value))
        {
            var gap = value[position..word.Index];
            if (bytes.Count == 0 || !string.IsNullOrWhiteSpace(gap))
            {
                text.Append(Encoding.UTF8.GetString([.. bytes])).Append(gap);
                bytes.Clear();
            }

            var data = word.Groups[3].Value;
            bytes.AddRange(word.Groups[2].Value is "B" or "b" ? Convert.FromBase64String(data) : QuotedPrintableBytes(data.Replace('_', ' ')));
            position = word.Index + word.Length;
        }

        return text.Append(Encoding.UTF8.GetString([.. bytes])).Append(value[position..]).ToString();
    }

    private static string DecodeQuotedPrintable(string text) => Encoding.UTF8.GetString(QuotedPrintableBytes(text.Replace("=\r\n", "", StringComparison.Ordinal)));

    private static byte[] QuotedPrintableBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex FoldedLine();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
