using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>A person who signs in to one tenant. User names and e-mails are unique per tenant.</summary>
public sealed class AppUser : IdentityUser<Guid>, IMultiTenant
{
    private AppUser() { }

    public AppUser(Guid id, string userName, string email, string name)
    {
        Id = id;
        UserName = userName;
        Email = email;
        Name = name;
        IsActive = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid TenantId { get; private set; }

    /// <summary>Display name as stored, e.g. 张伟; composed from the family and given name when both are known.</summary>
    public string Name { get; set; } = "";

    /// <summary>Family name (姓), when known; with <see cref="GivenName"/> it makes the display name in the reader's language.</summary>
    public string? FamilyName { get; private set; }

    public string? GivenName { get; private set; }

    public bool IsActive { get; set; }

    public DateTimeOffset CreationTime { get; private set; }

    /// <summary>Sets family and given name (both or neither) and the stored display name in <paramref name="culture"/>'s order.</summary>
    public void SetPersonName(string? familyName, string? givenName, string? culture)
    {
        FamilyName = string.IsNullOrWhiteSpace(familyName) ? null : familyName.Trim();
        GivenName = string.IsNullOrWhiteSpace(givenName) ? null : givenName.Trim();
        if (FamilyName is not null || GivenName is not null)
        {
            Name = PersonNames.Display(FamilyName, GivenName, culture);
        }
    }

    /// <summary>The name for a reader of <paramref name="culture"/>: 李娜 in Chinese, "Na Li" in English; the stored name when the parts are unknown.</summary>
    public string DisplayName(string? culture) => PersonNames.Display(FamilyName, GivenName, culture, Name);
}
