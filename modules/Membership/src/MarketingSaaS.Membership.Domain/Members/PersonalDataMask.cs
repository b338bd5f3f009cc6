namespace MarketingSaaS.Membership.Members;

/// <summary>
/// How personal data looks to a caller without Membership.Members.PersonalData (docs/modules/membership.md, "Masking"):
/// phone: the first 3 and last 4 characters of its digits (a leading + counts), the middle as "****" ("138****5678");
/// e-mail: the first character of the local part, "***", the domain ("l***@example.com");
/// address: the first 6 characters and "****"; birthday: hidden (null).
/// </summary>
public static class PersonalDataMask
{
    public const string Stars = "****";

    public static MemberPersonalData Mask(MemberPersonalData data) =>
        new(Phone(data.Phone), Email(data.Email), Address(data.Address), null);

    public static string? Phone(string? phone)
    {
        var normalized = MemberContacts.NormalizePhone(phone);
        if (normalized is null)
        {
            return null;
        }

        return normalized.Length >= 8 ? normalized[..3] + Stars + normalized[^4..] : Stars + normalized[^Math.Min(2, normalized.Length)..];
    }

    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        return at <= 0 ? Stars : email[0] + "***" + email[at..];
    }

    public static string? Address(string? address) =>
        string.IsNullOrWhiteSpace(address) ? null : address.Length > 6 ? address[..6] + Stars : Stars;
}
