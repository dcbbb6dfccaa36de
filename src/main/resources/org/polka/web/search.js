// Autocomplete for the search box: proposals from /api/suggest shown in the box's datalist.
(function () {
  var box = document.querySelector('form.search input[name=q]');
  var list = document.getElementById('suggestions');
  if (!box || !list) {
    return;
  }
  var timer = null;
  var last = '';
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = box.value.trim();
      if (typed.length < 2 || typed === last) {
        return;
      }
      last = typed;
      fetch('/api/suggest?q=' + encodeURIComponent(typed))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (body) {
          list.replaceChildren();
          body.suggestions.forEach(function (s) {
            var option = document.createElement('option');
            option.value = s.kind === 'author' ? 'author:"' + s.value + '"' : s.value;
            option.label = s.kind + ' · ' + s.value;
            list.appendChild(option);
          });
        })
        .catch(function () { list.replaceChildren(); });
    }, 150);
  });
})();
