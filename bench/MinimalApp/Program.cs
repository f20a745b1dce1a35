using Jiangmen.Dashboard.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboardData();
builder.Services.AddRazorPages();
var app = builder.Build();
app.MapRazorPages();
app.Run();
