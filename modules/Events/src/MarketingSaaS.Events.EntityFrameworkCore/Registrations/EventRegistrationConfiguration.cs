using MarketingSaaS.Events.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Registrations;

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("EventRegistrations");
        builder.Property(r => r.Name).HasMaxLength(EventRegistrationConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(EventRegistrationConsts.MaxEmailLength).IsRequired();
        builder.Property(r => r.Phone).HasMaxLength(EventRegistrationConsts.MaxPhoneLength);
        builder.Property(r => r.Company).HasMaxLength(EventRegistrationConsts.MaxCompanyLength);
        builder.Property(r => r.CheckInCode).HasMaxLength(EventRegistrationConsts.CheckInCodeLength).IsRequired();
        // Rows from before the column were all registered on the Chinese default page.
        builder.Property(r => r.Culture).HasMaxLength(EventRegistrationConsts.MaxCultureLength).IsRequired().HasDefaultValue("zh-Hans");
        builder.ComplexProperty(r => r.Utm, utm =>
        {
            utm.Property(u => u.Source).HasColumnName("UtmSource").HasMaxLength(EventRegistrationConsts.MaxUtmLength);
            utm.Property(u => u.Medium).HasColumnName("UtmMedium").HasMaxLength(EventRegistrationConsts.MaxUtmLength);
            utm.Property(u => u.Campaign).HasColumnName("UtmCampaign").HasMaxLength(EventRegistrationConsts.MaxUtmLength);
            utm.Property(u => u.Content).HasColumnName("UtmContent").HasMaxLength(EventRegistrationConsts.MaxUtmLength);
            utm.Property(u => u.Term).HasColumnName("UtmTerm").HasMaxLength(EventRegistrationConsts.MaxUtmLength);
        });
        builder.HasIndex(r => new { r.TenantId, r.CheckInCode }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.RegisteredAt });
    }
}
