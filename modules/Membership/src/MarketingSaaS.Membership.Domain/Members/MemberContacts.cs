namespace MarketingSaaS.Membership.Members;

/// <summary>The forms of phone and e-mail that duplicates are found by.</summary>
public static class MemberContacts
{
    /// <summary>Digits only, with the leading plus kept: "+86 138-1234-5678" → "+8613812345678".</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return phone.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }

    public static string? NormalizeEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToUpperInvariant();
}
