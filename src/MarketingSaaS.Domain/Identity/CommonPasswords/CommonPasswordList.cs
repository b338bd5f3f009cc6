namespace MarketingSaaS.Identity.CommonPasswords;

/// <summary>common-passwords.txt, embedded; read once per process (about 5,200 entries, 50 kB).</summary>
public static class CommonPasswordList
{
    private static readonly Lazy<HashSet<string>> Entries = new(Load);

    public static int Count => Entries.Value.Count;

    public static bool Contains(string password) => Entries.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream("CommonPasswords/common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                entries.Add(line.Trim());
            }
        }

        return entries;
    }
}
