// The host page's listener for the cards' news-card-change events.
document.addEventListener('news-card-change', (event) => {
  const { index, headline } = event.detail;
  document.getElementById('last-change').textContent =
    `${event.target.id}: article ${index + 1}, “${headline}”`;
});
