using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Company = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckInCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    MarkedLeadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UtmCampaign = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmContent = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmMedium = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmSource = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmTerm = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRegistrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventRegistrationSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRegistrationSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_Email",
                table: "EventRegistrations",
                columns: new[] { "EventId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_Status_RegisteredAt",
                table: "EventRegistrations",
                columns: new[] { "EventId", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_TenantId_CheckInCode",
                table: "EventRegistrations",
                columns: new[] { "TenantId", "CheckInCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrationSettings_TenantId",
                table: "EventRegistrationSettings",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventRegistrations");

            migrationBuilder.DropTable(
                name: "EventRegistrationSettings");
        }
    }
}
